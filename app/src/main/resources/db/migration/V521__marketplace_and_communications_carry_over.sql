-- Reorganisation (issue 16): when councils merge, the Local Government Marketplace's and member communications'
-- open records carry over to the successor like coaching places and event registrations (V104, V105). Live
-- listings MOVE (the successor now sells the service; a merged council's listings would otherwise vanish from the
-- marketplace, which shows active councils only), open enquiries MOVE (the successor can agree or close them), and
-- each person's email subscriptions MOVE (their choices follow them). History stays where it was and the successor
-- reads it through the lineage (withdrawn listings, agreed trades, deliveries, reads). The seller's view of the
-- enquiries it received includes those made to the councils merged into it.
alter table merge_carried_item drop constraint merge_carried_item_item_kind_check;
alter table merge_carried_item add constraint merge_carried_item_item_kind_check check (item_kind in
    ('COACHING_BOOKING', 'APPRAISAL_REQUEST', 'TALENT_BANK_REQUEST', 'INVOICE', 'EVENT_REGISTRATION',
     'MARKETPLACE_LISTING', 'MARKETPLACE_ENQUIRY', 'COMMUNICATION_SUBSCRIPTION'));

select app_allow_carry_over('marketplace_listing');
select app_allow_carry_over('marketplace_trade');
select app_allow_carry_over('communication_subscription');

-- (and says which council each was made to, so the council's data export keeps its own apart from its predecessors')
drop function marketplace_enquiries_received();
create function marketplace_enquiries_received()
    returns table (id bigint, buyer_id text, buyer_name text, listing_id bigint, listing_title text, message text,
                   enquired_at timestamptz, status text, agreed_on date, value_pence bigint, terms text,
                   contact text, seller_id text)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select t.id, t.tenant_id, c.name, t.listing_id, t.listing_title, t.message, t.enquired_at, t.status,
           t.agreed_on, t.value_pence, t.terms, t.recorded_by, t.seller_id
    from marketplace_trade t join council c on c.id = t.tenant_id
    where t.seller_id = any (app_readable_tenants())
    order by t.enquired_at desc, t.id desc
$$;
revoke execute on function marketplace_enquiries_received() from public;
grant execute on function marketplace_enquiries_received() to eelga_app;
