-- Reorganisation, part three: delegates registered for events still to come carry over to the successor too
-- (the same rule as V104: only while carrying over, bound to the successor, from a council merged into it).
alter table merge_carried_item drop constraint merge_carried_item_item_kind_check;
alter table merge_carried_item add constraint merge_carried_item_item_kind_check check (item_kind in
    ('COACHING_BOOKING', 'APPRAISAL_REQUEST', 'TALENT_BANK_REQUEST', 'INVOICE', 'EVENT_REGISTRATION'));

create policy event_registration_carry_over on event_registration for update
    using (current_setting('app.carry_over', true) = 'on' and app_successor_of(tenant_id) = app_current_tenant())
    with check (tenant_id = app_current_tenant());
grant update (tenant_id) on event_registration to eelga_app;
