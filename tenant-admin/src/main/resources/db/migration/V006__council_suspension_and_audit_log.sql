-- Association admins suspend and restore councils: the application may change a council's status, nothing else.
grant update (status) on council to eelga_app;

-- The audit log: append-only record of administrative actions, who, when, what, before and after.
-- An entry about a council carries its id (null for association-wide actions). A council's people read their
-- own council's entries; association staff read all through the audited association-wide path. Entries are
-- written by staff actions on any council, so inserts are not limited to the bound council; nothing may update
-- or delete an entry (no grant, no policy).
create table audit_event (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor_subject text not null,
    actor_email   text not null,
    council_id    text references council (id),
    action        text not null,
    before_state  text,
    after_state   text,
    reason        text
);
create index audit_event_council_idx on audit_event (council_id, at);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_own_council_read on audit_event
    for select using (council_id = app_current_tenant());
create policy audit_event_append on audit_event
    for insert with check (true);
create policy audit_event_association_read on audit_event
    for select to eelga_association_reader using (true);

grant select, insert on audit_event to eelga_app;
grant select on audit_event to eelga_association_reader;
