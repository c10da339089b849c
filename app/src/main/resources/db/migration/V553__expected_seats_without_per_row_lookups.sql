-- Expected seats (V201's view), the same rows computed without a lookup per meeting and council (issue 13: the
-- region-wide figures at ten times the demo's data). For a group of named councils V201 asked, for every meeting and
-- every council, two correlated questions of engagement_group_membership; PostgreSQL answered each with a scan of
-- its own, so a year of meetings cost some 20,000 scans (64 ms for the year's seats, 350-470 ms for the regional
-- medians). Now two hashed look-ups made once per statement decide first: whether the council has any dated
-- membership of the group (only those councils go on to the date check) and whether the group keeps dated
-- memberships at all (group_id is never null, so "not in" is the same as V201's "not exists"). The date check and
-- every other rule are V201's, word for word, so the rows are the same.
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
  and not exists (select 1 from engagement_seat_exception x
                   where x.meeting_id = m.id and x.council_id = c.id and x.role = ro.role)
group by m.id, m.group_id, m.starts_at, c.id;
