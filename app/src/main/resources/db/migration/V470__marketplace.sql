-- The Local Government Marketplace (issue 16, point 4): councils trade commercial services with one another.
-- A listing is the selling council's row; an enquiry (and the trade it becomes) is the buying council's row. Both
-- tables are tenant-owned under forced RLS. Other councils see listings, and a seller sees the enquiries made to it,
-- only through the security-definer functions below, which return only what the marketplace is for: live listings
-- (which a seller publishes to every member) and, to the seller alone, the enquiries and trades on its listings.
create table marketplace_listing (
    id             bigint generated always as identity primary key,
    tenant_id      text not null references council (id),
    title          text not null check (length(title) between 1 and 200),
    description    text not null check (length(description) between 1 and 2000),
    category       text not null check (category in ('HR', 'LEGAL', 'FINANCE', 'ICT', 'PROCUREMENT', 'PROPERTY',
                                                     'PLANNING', 'WASTE', 'TRAINING', 'OTHER')),
    price_basis    text not null check (length(price_basis) between 1 and 200),
    area           text not null check (length(area) between 1 and 200),
    contact_email  text not null check (length(contact_email) between 3 and 320),
    listed_on      date not null,
    withdrawn_on   date,
    recorded_by    text not null,
    updated_at     timestamptz not null,
    check (withdrawn_on is null or withdrawn_on >= listed_on)
);
create index marketplace_listing_tenant_idx on marketplace_listing (tenant_id, listed_on);

alter table marketplace_listing enable row level security;
alter table marketplace_listing force row level security;
select app_tenant_owned_policies('marketplace_listing');
grant select, insert, update on marketplace_listing to eelga_app;

-- An enquiry by the buying council about another council's listing; the buyer records the agreed trade (value in
-- pence, terms, date) or closes it without a trade.
create table marketplace_trade (
    id             bigint generated always as identity primary key,
    tenant_id      text not null references council (id),
    listing_id     bigint not null references marketplace_listing (id),
    seller_id      text not null references council (id),
    listing_title  text not null check (length(listing_title) between 1 and 200),
    message        text not null check (length(message) between 1 and 2000),
    enquired_at    timestamptz not null,
    status         text not null check (status in ('ENQUIRY', 'AGREED', 'NO_TRADE')),
    agreed_on      date,
    value_pence    bigint check (value_pence >= 0 and value_pence <= 100000000000000),
    terms          text check (length(terms) <= 2000),
    recorded_by    text not null,
    updated_at     timestamptz not null,
    check (tenant_id <> seller_id),
    check ((status = 'AGREED') = (agreed_on is not null and value_pence is not null))
);
create index marketplace_trade_tenant_idx on marketplace_trade (tenant_id, enquired_at);
create index marketplace_trade_seller_idx on marketplace_trade (seller_id, enquired_at);

alter table marketplace_trade enable row level security;
alter table marketplace_trade force row level security;
select app_tenant_owned_policies('marketplace_trade');
grant select, insert, update on marketplace_trade to eelga_app;

-- The owner's read policies exist for the two functions alone (they run as the schema owner).
create policy marketplace_listing_owner_offers on marketplace_listing for select to eelga_owner using (true);
create policy marketplace_trade_owner_received on marketplace_trade for select to eelga_owner using (true);

-- Every live listing of an active council (what a seller publishes to all members).
create function marketplace_offers()
    returns table (id bigint, council_id text, council_name text, title text, description text, category text,
                   price_basis text, area text, contact_email text, listed_on date)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select l.id, l.tenant_id, c.name, l.title, l.description, l.category, l.price_basis, l.area, l.contact_email,
           l.listed_on
    from marketplace_listing l join council c on c.id = l.tenant_id
    where l.withdrawn_on is null and c.status = 'ACTIVE'
    order by l.listed_on desc, l.id desc
$$;
revoke execute on function marketplace_offers() from public;
grant execute on function marketplace_offers() to eelga_app, eelga_association_reader;

-- The enquiries and trades on the bound council's listings, for the seller: never another seller's. With no council
-- bound it returns nothing.
create function marketplace_enquiries_received()
    returns table (id bigint, buyer_id text, buyer_name text, listing_id bigint, listing_title text, message text,
                   enquired_at timestamptz, status text, agreed_on date, value_pence bigint, terms text,
                   contact text)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select t.id, t.tenant_id, c.name, t.listing_id, t.listing_title, t.message, t.enquired_at, t.status,
           t.agreed_on, t.value_pence, t.terms, t.recorded_by
    from marketplace_trade t join council c on c.id = t.tenant_id
    where t.seller_id = app_current_tenant()
    order by t.enquired_at desc, t.id desc
$$;
revoke execute on function marketplace_enquiries_received() from public;
grant execute on function marketplace_enquiries_received() to eelga_app;
