-- shared: engagement_group the association's own groups (Assembly, Management Committee, forums, networks) are
-- the same for every council; only the schema owner and association staff (through the platform) change them.
create table engagement_group (
    id               bigint generated always as identity primary key,
    code             text not null unique check (code ~ '^[a-z0-9-]+$'),
    name             text not null unique check (length(name) between 1 and 200),
    description      text not null default '',
    -- who is expected: every member council, the 11 counties and unitaries, or the councils named below
    audience         text not null check (audience in ('ALL_COUNCILS', 'COUNTIES_AND_UNITARIES', 'NAMED_COUNCILS')),
    -- the role each expected council sends, e.g. its leader or its lead member for adult social care
    expected_role    text not null check (expected_role in ('LEADER', 'CHIEF_EXECUTIVE', 'LEAD_MEMBER', 'MEMBER', 'OFFICER')),
    seats_per_council int not null default 1 check (seats_per_council between 1 and 10),
    meetings_per_year int not null default 4 check (meetings_per_year between 0 and 52),
    active           boolean not null default true
);

-- shared: engagement_group_member which councils sit on a group with named membership (e.g. the Management
-- Committee) is public association governance, the same for every council.
create table engagement_group_member (
    group_id   bigint not null references engagement_group (id) on delete cascade,
    council_id text not null references council (id),
    primary key (group_id, council_id)
);

-- shared: engagement_meeting meetings of the association's groups and its events (conferences, summits,
-- masterclasses, receptions) are the association's; attendance and registrations are the councils' own rows.
create table engagement_meeting (
    id               bigint generated always as identity primary key,
    kind             text not null check (kind in ('MEETING', 'EVENT')),
    group_id         bigint references engagement_group (id),
    event_type       text check (event_type in ('CONFERENCE', 'SUMMIT', 'MASTERCLASS', 'RECEPTION',
                                                'THOUGHT_LEADERSHIP', 'FORUM', 'WORKSHOP')),
    title            text not null check (length(title) between 1 and 200),
    starts_at        timestamptz not null,
    place            text not null default '' check (length(place) <= 200),
    online           boolean not null default false,
    agenda_url       text check (agenda_url is null or agenda_url ~ '^https?://'),
    capacity         int check (capacity is null or capacity > 0),
    -- maintained in the same transaction as each registration, so capacity holds without reading other
    -- councils' rows (which row-level security forbids)
    registered_count int not null default 0 check (registered_count >= 0),
    cancelled_reason text,
    created_by       text not null,
    check (kind = 'EVENT' or group_id is not null),
    check (kind = 'MEETING' or event_type is not null),
    check (capacity is null or registered_count <= capacity)
);
create index engagement_meeting_starts_idx on engagement_meeting (starts_at);
create index engagement_meeting_group_idx on engagement_meeting (group_id, starts_at);

grant select on engagement_group, engagement_group_member, engagement_meeting
    to eelga_app, eelga_association_reader;
grant insert, update on engagement_group, engagement_meeting to eelga_app;
grant insert, delete on engagement_group_member to eelga_app;
