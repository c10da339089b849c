-- Reorganisation, part two: when councils merge, what is still open carries over to the successor.
-- Open bookings, appraisal requests and Talent Bank requests MOVE (their tenant_id becomes the successor's, so
-- the successor's people can change or cancel them); invoices do NOT move (an invoice is a legal document issued
-- to the predecessor) but the successor becomes liable and sees them. Each carried item is recorded below, so
-- "where did this come from" is always answerable. Closed history never moves.

-- The council a merged council now belongs to; null for a council that has not merged.
create function app_successor_of(council text) returns text
    language sql stable
as $$
    select c.successor_id from council c where c.id = council and c.status = 'MERGED'
$$;
grant execute on function app_successor_of(text) to eelga_app;

-- Carrying over runs bound to the SUCCESSOR with app.carry_over set for that transaction only (OpenItemCarrier):
-- then, and only then, a row of a council merged into it may be re-labelled as the successor's. Permissive
-- policies are OR-ed, so this widens UPDATE by exactly that case; at any other time a successor can read its
-- predecessors' history (lineage read) but never change it.
create policy coaching_booking_carry_over on coaching_booking for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy appraisal_request_carry_over on appraisal_request for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy talent_bank_request_carry_over on talent_bank_request for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy talent_bank_quote_carry_over on talent_bank_quote for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy talent_bank_assignment_carry_over on talent_bank_assignment for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy talent_bank_delivery_carry_over on talent_bank_delivery for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy talent_bank_history_carry_over on talent_bank_history for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
-- coaching_waitlist is shared (ids only); a carried booking keeps its place in line under its new council.
grant update (tenant_id) on coaching_waitlist to eelga_app;

-- What a merge carried to the successor (tenant_id): the item, its kind, and the council it came from.
create table merge_carried_item (
    id            bigint generated always as identity primary key,
    tenant_id     text not null references council (id),
    item_kind     text not null check (item_kind in
                      ('COACHING_BOOKING', 'APPRAISAL_REQUEST', 'TALENT_BANK_REQUEST', 'INVOICE')),
    item_id       bigint not null,
    from_council  text not null references council (id),
    merged_on     date not null,
    carried_at    timestamptz not null default now(),
    unique (item_kind, item_id, tenant_id)
);
create index merge_carried_item_tenant_idx on merge_carried_item (tenant_id, item_kind);

alter table merge_carried_item enable row level security;
alter table merge_carried_item force row level security;
create policy merge_carried_item_own_council on merge_carried_item
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy merge_carried_item_lineage_read on merge_carried_item
    for select using (app_tenant_readable(tenant_id));
create policy merge_carried_item_association_read on merge_carried_item
    for select to eelga_association_reader using (true);
grant select, insert on merge_carried_item to eelga_app;
grant select on merge_carried_item to eelga_association_reader;

-- A merge hands the predecessors' email domains to the successor (its admins invite people at those addresses).
grant update (council_id) on council_domain to eelga_app;

-- Who of a predecessor had signed in is part of its history too: the successor's per-council figures count them.
create policy council_user_lineage_read on council_user
    for select using (app_tenant_readable(tenant_id));
