-- Who a group expects, maintained by the association (issue 14 point 1): the roles each expected council sends
-- (one or more, e.g. the reception's leader and chief executive), named member councils with the dates they sit
-- on a group, and per-meeting exceptions (a council with no chief executive that year) so expected seats are right.

-- shared: engagement_group_role the roles a group expects from each expected council are association reference
-- data, the same for every council; staff maintain them through the platform.
create table engagement_group_role (
    group_id bigint not null references engagement_group (id) on delete cascade,
    role     text not null check (role in ('LEADER', 'CHIEF_EXECUTIVE', 'LEAD_MEMBER', 'MEMBER', 'OFFICER')),
    seats    int not null default 1 check (seats between 1 and 10),
    primary key (group_id, role)
);

-- shared: engagement_group_membership which councils sit on a group, and from when to when, is public association
-- governance, the same for every council; staff maintain it through the platform.
create table engagement_group_membership (
    id         bigint generated always as identity primary key,
    group_id   bigint not null references engagement_group (id) on delete cascade,
    council_id text not null references council (id),
    from_date  date not null,
    to_date    date,
    created_by text not null,
    check (to_date is null or to_date >= from_date)
);
create index engagement_group_membership_group_idx on engagement_group_membership (group_id, council_id);

-- shared: engagement_seat_exception a seat not expected at one meeting (a vacancy, no chief executive that year) is
-- the association's record about its own meeting, not a council's own data.
create table engagement_seat_exception (
    id         bigint generated always as identity primary key,
    meeting_id bigint not null references engagement_meeting (id) on delete cascade,
    council_id text not null references council (id),
    role       text not null check (role in ('LEADER', 'CHIEF_EXECUTIVE', 'LEAD_MEMBER', 'MEMBER', 'OFFICER')),
    reason     text not null check (length(reason) between 1 and 500),
    created_by text not null,
    unique (meeting_id, council_id, role)
);
create index engagement_seat_exception_meeting_idx on engagement_seat_exception (meeting_id);

grant select, insert, update, delete on engagement_group_role, engagement_group_membership,
    engagement_seat_exception to eelga_app;
grant select on engagement_group_role, engagement_group_membership, engagement_seat_exception
    to eelga_association_reader;

-- Expected seats per meeting and council: a group's roles (or, without any, its single expected role and seats per
-- council), less the meeting's exceptions. Named councils: the dated memberships covering the meeting's day; a
-- group with no dated membership keeps its original undated members (engagement_group_member).
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
            exists (select 1 from engagement_group_membership gm
                     where gm.group_id = g.id and gm.council_id = c.id
                       and gm.from_date <= (m.starts_at at time zone 'Europe/London')::date
                       and (gm.to_date is null or gm.to_date >= (m.starts_at at time zone 'Europe/London')::date))
            or (not exists (select 1 from engagement_group_membership gm where gm.group_id = g.id)
                and exists (select 1 from engagement_group_member gm
                             where gm.group_id = g.id and gm.council_id = c.id)))))
join roles ro on ro.group_id = g.id
where m.kind = 'MEETING'
  and m.cancelled_reason is null
  and (c.merged_on is null or c.merged_on > (m.starts_at at time zone 'Europe/London')::date)
  and not exists (select 1 from engagement_seat_exception x
                   where x.meeting_id = m.id and x.council_id = c.id and x.role = ro.role)
group by m.id, m.group_id, m.starts_at, c.id;
