-- Row-level security the planner can use.
--
-- Until now each tenant-owned table had two permissive SELECT policies, OR-ed by PostgreSQL:
--   tenant_id = app_current_tenant()  OR  app_tenant_readable(tenant_id)
-- The second calls a function per row, so every council's rows were read and filtered one by one: a council's
-- page cost in proportion to ALL councils' data. Here each table gets exactly one policy per command, and each
-- compares tenant_id with a value computed once per statement (an InitPlan: "(select f())"), so the tenant index
-- is used for the council's own rows and for its predecessors' history alike.
--
-- New tenant-owned tables state ENABLE and FORCE ROW LEVEL SECURITY themselves and then call
-- app_tenant_owned_policies('<table>') for the policy block (and app_allow_carry_over('<table>') when a merge
-- may re-label their open rows), so the block is written once, here.

-- The councils whose rows the bound council may read: itself and every council merged into it, however many
-- reorganisations back. Empty when no council is bound (a query with no council sees no rows).
create function app_readable_tenants() returns text[]
    language sql stable
as $$
    select case when app_current_tenant() is null then '{}'::text[]
                else array(select app_council_lineage(app_current_tenant())) end
$$;

-- The councils whose open rows may be re-labelled as the bound council's: only while a merge carries over
-- (app.carry_over = 'on' for that transaction, set by the carry-over code) and only councils merged into it.
create function app_carry_over_sources() returns text[]
    language sql stable
as $$
    select case when current_setting('app.carry_over', true) = 'on' and app_current_tenant() is not null
                then array(select c.id from council c
                           where c.successor_id = app_current_tenant() and c.status = 'MERGED')
                else '{}'::text[] end
$$;

grant execute on function app_readable_tenants() to eelga_app, eelga_association_reader;
grant execute on function app_carry_over_sources() to eelga_app;

-- The policy block of a tenant-owned table: read own and predecessors' rows; insert, change and delete only the
-- bound council's own; the association reader role (audited cross-council reads) reads all. Replaces the older
-- policies of the same table, so it can be applied to an existing table.
create function app_tenant_owned_policies(tbl regclass) returns void
    language plpgsql
as $$
declare
    name text := (select relname from pg_class where oid = tbl);
    old  record;
begin
    if not (select relforcerowsecurity from pg_class where oid = tbl) then
        raise exception 'table % must ENABLE and FORCE ROW LEVEL SECURITY before its policies are made', name;
    end if;
    for old in select policyname from pg_policies
               where schemaname = 'public' and tablename = name
                 and policyname in (name || '_own_council', name || '_lineage_read', name || '_association_read',
                                    name || '_read', name || '_insert', name || '_update', name || '_delete')
    loop
        execute format('drop policy %I on %s', old.policyname, tbl);
    end loop;
    execute format('create policy %I on %s for select using (tenant_id = any ((select app_readable_tenants())::text[]))',
                   name || '_read', tbl);
    execute format('create policy %I on %s for insert with check (tenant_id = (select app_current_tenant()))',
                   name || '_insert', tbl);
    execute format('create policy %I on %s for update using (tenant_id = (select app_current_tenant()))'
                   ' with check (tenant_id = (select app_current_tenant()))', name || '_update', tbl);
    execute format('create policy %I on %s for delete using (tenant_id = (select app_current_tenant()))',
                   name || '_delete', tbl);
    execute format('create policy %I on %s for select to eelga_association_reader using (true)',
                   name || '_association_read', tbl);
    execute format('grant select on %s to eelga_association_reader', tbl);
end
$$;

-- Lets a merge's carry-over re-label open rows of councils merged into the bound council (see V104).
create function app_allow_carry_over(tbl regclass) returns void
    language plpgsql
as $$
declare
    name text := (select relname from pg_class where oid = tbl);
begin
    execute format('drop policy if exists %I on %s', name || '_carry_over', tbl);
    execute format('create policy %I on %s for update'
                   ' using (tenant_id = any ((select app_carry_over_sources())::text[]))'
                   ' with check (tenant_id = (select app_current_tenant()))', name || '_carry_over', tbl);
end
$$;

-- Every tenant-owned table of today, table by table.
select app_tenant_owned_policies('appraisal_request');
select app_tenant_owned_policies('attendance');
select app_tenant_owned_policies('billing_customer');
select app_tenant_owned_policies('billing_invoice');
select app_tenant_owned_policies('billing_invoice_line');
select app_tenant_owned_policies('billing_outbox');
select app_tenant_owned_policies('coaching_booking');
select app_tenant_owned_policies('council_user');
select app_tenant_owned_policies('event_registration');
select app_tenant_owned_policies('merge_carried_item');
select app_tenant_owned_policies('survey_answer');
select app_tenant_owned_policies('survey_invitation');
select app_tenant_owned_policies('survey_participation');
select app_tenant_owned_policies('survey_response');
select app_tenant_owned_policies('talent_bank_assignment');
select app_tenant_owned_policies('talent_bank_delivery');
select app_tenant_owned_policies('talent_bank_history');
select app_tenant_owned_policies('talent_bank_quote');
select app_tenant_owned_policies('talent_bank_request');

select app_allow_carry_over('appraisal_request');
select app_allow_carry_over('coaching_booking');
select app_allow_carry_over('event_registration');
select app_allow_carry_over('talent_bank_assignment');
select app_allow_carry_over('talent_bank_delivery');
select app_allow_carry_over('talent_bank_history');
select app_allow_carry_over('talent_bank_quote');
select app_allow_carry_over('talent_bank_request');

-- Indexes that lead with tenant_id for the ways the features read a council's rows (each also serves a
-- tenant-only filter, so it replaces the single-column index).
create index attendance_tenant_meeting_idx on attendance (tenant_id, meeting_id);
drop index attendance_tenant_idx;
create index event_registration_tenant_meeting_idx on event_registration (tenant_id, meeting_id);
drop index event_registration_tenant_idx;
create index coaching_booking_tenant_session_idx on coaching_booking (tenant_id, session_id);
drop index coaching_booking_tenant_idx;
create index appraisal_request_tenant_requested_idx on appraisal_request (tenant_id, requested_at);
drop index appraisal_request_tenant_idx;
create index survey_response_tenant_survey_idx on survey_response (tenant_id, survey_id);
drop index survey_response_tenant_idx;
create index survey_answer_tenant_response_idx on survey_answer (tenant_id, response_id);
drop index survey_answer_tenant_idx;
create index talent_bank_request_tenant_status_idx on talent_bank_request (tenant_id, status);
drop index talent_bank_request_tenant_idx;
create index billing_invoice_tenant_status_idx on billing_invoice (tenant_id, status);
drop index billing_invoice_tenant_idx;
-- (tenant_id, subject) is already unique on council_user: the single-column index adds nothing
drop index council_user_tenant_idx;
