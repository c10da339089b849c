-- Email is not a megaphone (issue 11, point 10).
-- Addresses outside a council's registered email domains that association staff approved for that council's
-- delegates (tenant-owned): the platform writes to a council's domains, or to these, and nowhere else.
create table approved_delegate_address (
    id          bigint generated always as identity primary key,
    tenant_id   text not null references council (id),
    email       text not null check (email = lower(email) and length(email) between 3 and 254),
    reason      text not null check (length(reason) between 1 and 500),
    approved_by text not null,
    approved_at timestamptz not null default now(),
    unique (tenant_id, email)
);
-- (the unique constraint's index leads with tenant_id)

alter table approved_delegate_address enable row level security;
alter table approved_delegate_address force row level security;
select app_tenant_owned_policies('approved_delegate_address');
grant select, insert, delete on approved_delegate_address to eelga_app;

-- Emails sent because of a council's own actions, counted per clock hour (tenant-owned): a council's actions may
-- send at most eelga.mail.per-council-per-hour messages an hour.
create table council_mail_count (
    tenant_id text not null references council (id),
    hour      timestamptz not null,
    sent      integer not null check (sent >= 0),
    primary key (tenant_id, hour)
);

alter table council_mail_count enable row level security;
alter table council_mail_count force row level security;
select app_tenant_owned_policies('council_mail_count');
grant select, insert, update on council_mail_count to eelga_app;
