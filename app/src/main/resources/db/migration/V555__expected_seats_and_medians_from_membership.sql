-- A council is expected at a meeting, and counted in the region's event medians, only once it is a member
-- (council.member_from, V554): a council onboarded today is not expected at 2017's meetings. Otherwise V553's view
-- and V013's function, word for word.
create or replace view engagement_expected_seat as
with roles as (
    select r.group_id, r.role, r.seats from engagement_group_role r
    union all
    select g.id, g.expected_role, g.seats_per_council from engagement_group g
     where not exists (select 1 from engagement_group_role r where r.group_id = g.id)
)
select m.id as meeting_id, m.group_id, m.starts_at, c.id as council_id, sum(ro.seats)::int as seats
from engagement_meeting m
join engagement_group g on g.id = m.group_id
join council c on (
        g.audience = 'ALL_COUNCILS'
        or (g.audience = 'COUNTIES_AND_UNITARIES' and c.kind in ('COUNTY', 'UNITARY'))
        or (g.audience = 'NAMED_COUNCILS' and (
            ((g.id, c.id) in (select gm.group_id, gm.council_id from engagement_group_membership gm)
             and exists (select 1 from engagement_group_membership gm
                          where gm.group_id = g.id and gm.council_id = c.id
                            and gm.from_date <= (m.starts_at at time zone 'Europe/London')::date
                            and (gm.to_date is null or gm.to_date >= (m.starts_at at time zone 'Europe/London')::date)))
            or (g.id not in (select gm.group_id from engagement_group_membership gm)
                and (g.id, c.id) in (select gm.group_id, gm.council_id from engagement_group_member gm)))))
join roles ro on ro.group_id = g.id
where m.kind = 'MEETING'
  and m.cancelled_reason is null
  and (c.merged_on is null or c.merged_on > (m.starts_at at time zone 'Europe/London')::date)
  and (c.member_from is null or c.member_from <= (m.starts_at at time zone 'Europe/London')::date)
  and not exists (select 1 from engagement_seat_exception x
                   where x.meeting_id = m.id and x.council_id = c.id and x.role = ro.role)
group by m.id, m.group_id, m.starts_at, c.id;

create or replace function engagement_event_medians(from_ts timestamptz, to_ts timestamptz)
    returns table (councils int, median_events_attended numeric, median_delegates numeric)
    language sql stable security definer set search_path = public
as $$
    with councils as (
        select id from council
        where (merged_on is null or merged_on > (from_ts at time zone 'Europe/London')::date)
          and (member_from is null or member_from < (to_ts at time zone 'Europe/London')::date)),
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
