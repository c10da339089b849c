-- A council's people who have signed in (tenant-owned).
create table council_user (
    id                  bigint generated always as identity primary key,
    tenant_id           text not null references council (id),
    subject             text not null,
    email               text not null,
    display_name        text not null,
    roles               text not null,
    first_signed_in_at  timestamptz not null,
    last_signed_in_at   timestamptz not null,
    unique (tenant_id, subject)
);
create index council_user_tenant_idx on council_user (tenant_id);

alter table council_user enable row level security;
alter table council_user force row level security;
create policy council_user_own_council on council_user
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy council_user_association_read on council_user
    for select to eelga_association_reader
    using (true);

grant select, insert, update on council_user to eelga_app;
grant select on council_user to eelga_association_reader;
