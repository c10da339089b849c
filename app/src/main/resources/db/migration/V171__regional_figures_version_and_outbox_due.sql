-- Issue 13 (statement budget).
--
-- 1. The region-wide medians of the engagement summary (engagement_group_medians, engagement_all_meetings_median,
--    engagement_event_medians, survey_regional_median_answered_share) are the same for every council and were
--    computed again on every summary: 42% of the load at 400 sessions. The platform now keeps them per period and
--    reuses them while this sequence has not moved. Every change to a table those functions read moves it, at the
--    writer's commit (deferred constraint triggers; TRUNCATE at once), so a cached median is dropped as soon as the
--    records behind it change, whoever changed them.
create sequence regional_figures_version;
grant select on sequence regional_figures_version to eelga_app, eelga_association_reader;

create function regional_figures_changed() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    perform nextval('regional_figures_version');
    return null;
end
$$;
revoke execute on function regional_figures_changed() from public;

do $$
declare
    t text;
begin
    foreach t in array array['attendance', 'event_registration', 'engagement_meeting', 'engagement_group',
                             'engagement_group_member', 'council', 'survey', 'survey_response'] loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       || ' deferrable initially deferred for each row execute function regional_figures_changed()',
                       t || '_regional_figures_changed', t);
        execute format('create trigger %I after truncate on %I for each statement'
                       || ' execute function regional_figures_changed()',
                       t || '_regional_figures_truncated', t);
    end loop;
end
$$;

-- 2. The Stripe outbox job asked each of the 52 councils in turn whether it had entries due, every 10 s (52
--    queries and 52 connection checkouts). This function answers for all councils in one query, returning only
--    council ids (never an entry); the job then binds only the councils that have something to send.
create policy billing_outbox_owner_due on billing_outbox for select to eelga_owner using (true);

create function billing_outbox_due_councils(p_now timestamptz) returns setof text
    language sql stable security definer set search_path = public, pg_temp
as $$
    select distinct tenant_id from billing_outbox where sent_at is null and next_attempt_at <= p_now order by 1
$$;
revoke execute on function billing_outbox_due_councils(timestamptz) from public;
grant execute on function billing_outbox_due_councils(timestamptz) to eelga_app;
