-- Who is expected at each group meeting: one row per meeting, expected council and its seats. A council merged
-- into a successor before the meeting is no longer expected (its successor is, if the group expects it).
create view engagement_expected_seat as
select m.id as meeting_id, m.group_id, m.starts_at, c.id as council_id, g.seats_per_council as seats
from engagement_meeting m
join engagement_group g on g.id = m.group_id
join council c on (
        g.audience = 'ALL_COUNCILS'
        or (g.audience = 'COUNTIES_AND_UNITARIES' and c.kind in ('COUNTY', 'UNITARY'))
        or (g.audience = 'NAMED_COUNCILS'
            and exists (select 1 from engagement_group_member gm where gm.group_id = g.id and gm.council_id = c.id)))
where m.kind = 'MEETING'
  and m.cancelled_reason is null
  and (c.merged_on is null or c.merged_on > (m.starts_at at time zone 'Europe/London')::date);

grant select on engagement_expected_seat to eelga_app, eelga_association_reader;

-- Regional medians for the engagement summary. A council's people must see the median of all councils beside
-- their own figure, but never another council's rows. These functions run as the schema owner (SECURITY
-- DEFINER) and return only medians over at least five councils; the owner's read policies exist for them alone
-- (FORCE ROW LEVEL SECURITY applies to the owner too).
create policy attendance_owner_aggregates on attendance for select to eelga_owner using (true);
create policy event_registration_owner_aggregates on event_registration for select to eelga_owner using (true);

-- Per group: the median over expected councils of (attended seats / expected seats) for meetings in [from, to).
create function engagement_group_medians(from_ts timestamptz, to_ts timestamptz)
    returns table (group_id bigint, councils int, median_rate numeric)
    language sql stable security definer set search_path = public
as $$
    with expected as (
        select s.group_id, s.council_id, sum(s.seats) as seats
        from engagement_expected_seat s
        where s.starts_at >= from_ts and s.starts_at < to_ts
        group by s.group_id, s.council_id),
    attended as (
        select s.group_id, a.tenant_id as council_id, count(*) as seats
        from attendance a
        join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id
        where s.starts_at >= from_ts and s.starts_at < to_ts and a.status in ('PRESENT', 'SUBSTITUTE')
        group by s.group_id, a.tenant_id)
    select e.group_id, count(*)::int,
           case when count(*) >= 5 then
               (percentile_cont(0.5) within group (
                   order by least(coalesce(a.seats, 0), e.seats)::numeric / e.seats))::numeric
           end
    from expected e left join attended a using (group_id, council_id)
    group by e.group_id
$$;

-- Over all member councils not merged away before [from, to): the median number of events a council attended
-- and the median number of delegates it registered.
create function engagement_event_medians(from_ts timestamptz, to_ts timestamptz)
    returns table (councils int, median_events_attended numeric, median_delegates numeric)
    language sql stable security definer set search_path = public
as $$
    with councils as (
        select id from council
        where merged_on is null or merged_on > (from_ts at time zone 'Europe/London')::date),
    attended as (
        select a.tenant_id, count(distinct a.meeting_id) as events
        from attendance a join engagement_meeting m on m.id = a.meeting_id
        where m.kind = 'EVENT' and m.starts_at >= from_ts and m.starts_at < to_ts
          and a.status in ('PRESENT', 'SUBSTITUTE')
        group by a.tenant_id),
    delegates as (
        select r.tenant_id, count(*) as delegates
        from event_registration r join engagement_meeting m on m.id = r.meeting_id
        where m.starts_at >= from_ts and m.starts_at < to_ts
        group by r.tenant_id)
    select count(*)::int,
           case when count(*) >= 5 then
               (percentile_cont(0.5) within group (order by coalesce(a.events, 0)))::numeric end,
           case when count(*) >= 5 then
               (percentile_cont(0.5) within group (order by coalesce(d.delegates, 0)))::numeric end
    from councils c
    left join attended a on a.tenant_id = c.id
    left join delegates d on d.tenant_id = c.id
$$;

revoke execute on function engagement_group_medians(timestamptz, timestamptz) from public;
revoke execute on function engagement_event_medians(timestamptz, timestamptz) from public;
grant execute on function engagement_group_medians(timestamptz, timestamptz) to eelga_app, eelga_association_reader;
grant execute on function engagement_event_medians(timestamptz, timestamptz) to eelga_app, eelga_association_reader;
