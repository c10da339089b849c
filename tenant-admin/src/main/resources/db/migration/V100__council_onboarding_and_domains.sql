-- Onboarding: association admins add councils. A council is created in state ONBOARDING and becomes ACTIVE only
-- once its Keycloak organisation and first admin exist, so a half-made tenant is visible and a retry completes
-- it. MERGED marks a predecessor after a reorganisation (it has successor_id and merged_on).
alter table council drop constraint council_status_check;
alter table council add constraint council_status_check
    check (status in ('ONBOARDING', 'ACTIVE', 'SUSPENDED', 'LEFT', 'MERGED'));
alter table council add column onboarding_step text;
alter table council add column first_admin_email text;

grant insert (id, name, kind, county_area, status, onboarding_step, first_admin_email) on council to eelga_app;
grant update (onboarding_step, successor_id, merged_on, reorganisation_note) on council to eelga_app;

-- shared: council_domain the email domains of each council are association-owned register data: the platform
-- checks every invitation against them and Keycloak organisations carry the same domains.
create table council_domain (
    domain     text primary key check (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    council_id text not null references council (id)
);
create index council_domain_council_idx on council_domain (council_id);
grant select, insert on council_domain to eelga_app;
grant select on council_domain to eelga_association_reader;

-- The demo councils' domains, as in the demo realm's organisations.
insert into council_domain (domain, council_id) select id || '.demo', id from council;
