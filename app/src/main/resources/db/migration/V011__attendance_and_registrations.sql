-- Who came to a meeting or event, per council (tenant-owned: a council's attendance is its own record).
-- Staff record it on the council's behalf; the council's people read it in their engagement summary.
create table attendance (
    id           bigint generated always as identity primary key,
    tenant_id    text not null references council (id),
    meeting_id   bigint not null references engagement_meeting (id),
    -- seat n of the council's places (groups) or its n-th delegate (events)
    seat         int not null default 1 check (seat between 1 and 500),
    status       text not null check (status in ('PRESENT', 'APOLOGIES', 'ABSENT', 'SUBSTITUTE')),
    person_name  text check (length(person_name) <= 200),
    person_email text check (length(person_email) <= 254),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    unique (meeting_id, tenant_id, seat)
);
create index attendance_tenant_idx on attendance (tenant_id);
create index attendance_meeting_idx on attendance (meeting_id);

alter table attendance enable row level security;
alter table attendance force row level security;
create policy attendance_own_council on attendance
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy attendance_lineage_read on attendance
    for select using (app_tenant_readable(tenant_id));
create policy attendance_association_read on attendance
    for select to eelga_association_reader using (true);
grant select, insert, update, delete on attendance to eelga_app;
grant select on attendance to eelga_association_reader;

-- Delegates a council registers for an event (tenant-owned).
create table event_registration (
    id             bigint generated always as identity primary key,
    tenant_id      text not null references council (id),
    meeting_id     bigint not null references engagement_meeting (id),
    delegate_name  text not null check (length(delegate_name) between 1 and 200),
    delegate_email text not null check (length(delegate_email) between 3 and 254),
    registered_by  text not null,
    registered_at  timestamptz not null default now(),
    unique (meeting_id, tenant_id, delegate_email)
);
create index event_registration_tenant_idx on event_registration (tenant_id);

alter table event_registration enable row level security;
alter table event_registration force row level security;
create policy event_registration_own_council on event_registration
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy event_registration_lineage_read on event_registration
    for select using (app_tenant_readable(tenant_id));
create policy event_registration_association_read on event_registration
    for select to eelga_association_reader using (true);
grant select, insert, delete on event_registration to eelga_app;
grant select on event_registration to eelga_association_reader;
