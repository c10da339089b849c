-- A person's access changed (deactivated, roles changed) at a time: their tokens issued and page sessions begun
-- before it are refused from then on. Read on every API call and page request, before any council is bound.
-- shared: person_standing holds only Keycloak user ids, a time, a reason word and Keycloak session ids; people of every council and association staff are in it, and it is read before a council is known
create table person_standing (
    subject text primary key check (length(subject) between 1 and 64),
    access_changed_at timestamptz not null,
    reason text not null check (reason in ('deactivated', 'roles-changed')),
    ended_sessions text[] not null default '{}'
);
grant select, insert, update on person_standing to eelga_app;
