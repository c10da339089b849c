-- A council's request for support with its Chief Executive's annual appraisal (tenant-owned).
create table appraisal_request (
    id                    bigint generated always as identity primary key,
    tenant_id             text not null references council (id),
    requested_by_subject  text not null,
    requested_by_name     text not null,
    requested_by_email    text not null,
    requested_at          timestamptz not null,
    preferred_dates       text not null check (length(preferred_dates) between 1 and 500),
    notes                 text not null default '' check (length(notes) <= 2000),
    status                text not null check (status in ('REQUESTED', 'SCHEDULED', 'DELIVERED', 'DECLINED')),
    adviser               text,
    scheduled_on          date,
    delivered_on          date,
    decline_reason        text,
    decided_by_email      text,
    check (status <> 'SCHEDULED' or (adviser is not null and scheduled_on is not null)),
    check (status <> 'DELIVERED' or delivered_on is not null),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index appraisal_request_tenant_idx on appraisal_request (tenant_id);
create index appraisal_request_year_idx on appraisal_request (requested_at);

alter table appraisal_request enable row level security;
alter table appraisal_request force row level security;
create policy appraisal_request_own_council on appraisal_request
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy appraisal_request_lineage_read on appraisal_request
    for select using (app_tenant_readable(tenant_id));
create policy appraisal_request_association_read on appraisal_request
    for select to eelga_association_reader using (true);

grant select, insert, update on appraisal_request to eelga_app;
grant select on appraisal_request to eelga_association_reader;
