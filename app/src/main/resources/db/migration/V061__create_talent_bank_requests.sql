-- A council's Talent Bank requests, their quotes, assigned associates, delivered days and every status change
-- (all tenant-owned).
create table talent_bank_request (
    id              bigint generated always as identity primary key,
    tenant_id       text not null references council (id),
    service_id      bigint not null references talent_bank_service (id),
    scope           text not null,
    start_on        date not null,
    end_on          date not null,
    budget_pence    bigint check (budget_pence >= 0),
    po_number       text,
    status          text not null,
    requested_by    text not null,
    requested_at    timestamptz not null,
    check (end_on >= start_on)
);

create table talent_bank_quote (
    id              bigint generated always as identity primary key,
    tenant_id       text not null references council (id),
    request_id      bigint not null references talent_bank_request (id),
    pricing         text not null check (pricing in ('DAY_RATE', 'FIXED')),
    days            numeric(6, 1),
    day_rate_pence  bigint,
    amount_pence    bigint not null check (amount_pence >= 0),
    expires_on      date not null,
    status          text not null,
    quoted_by       text not null,
    quoted_at       timestamptz not null,
    decided_by      text,
    decided_at      timestamptz
);

create table talent_bank_assignment (
    id              bigint generated always as identity primary key,
    tenant_id       text not null references council (id),
    request_id      bigint not null references talent_bank_request (id),
    associate_id    bigint not null references talent_bank_associate (id),
    planned_days    numeric(6, 1) not null check (planned_days > 0),
    starts_on       date not null,
    unique (request_id, associate_id)
);

create table talent_bank_delivery (
    id                  bigint generated always as identity primary key,
    tenant_id           text not null references council (id),
    request_id          bigint not null references talent_bank_request (id),
    associate_id        bigint not null references talent_bank_associate (id),
    delivered_on        date not null,
    days                numeric(6, 1) not null check (days > 0),
    charge_pence        bigint not null check (charge_pence >= 0),
    cost_pence          bigint not null check (cost_pence >= 0),
    invoice_source_ref  text
);

create table talent_bank_history (
    id              bigint generated always as identity primary key,
    tenant_id       text not null references council (id),
    request_id      bigint not null references talent_bank_request (id),
    from_status     text,
    to_status       text not null,
    actor_email     text not null,
    at              timestamptz not null,
    note            text
);

do $$
declare
    t text;
begin
    foreach t in array array['talent_bank_request', 'talent_bank_quote', 'talent_bank_assignment',
                             'talent_bank_delivery', 'talent_bank_history'] loop
        execute format('create index %I on %I (tenant_id)', t || '_tenant_idx', t);
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = app_current_tenant())'
                       || ' with check (tenant_id = app_current_tenant())', t || '_own_council', t);
        execute format('create policy %I on %I for select using (app_tenant_readable(tenant_id))',
                       t || '_lineage_read', t);
        execute format('create policy %I on %I for select to eelga_association_reader using (true)',
                       t || '_association_read', t);
        execute format('grant select, insert, update on %I to eelga_app', t);
        execute format('grant select on %I to eelga_association_reader', t);
    end loop;
end
$$;
create index talent_bank_delivery_request_idx on talent_bank_delivery (request_id);
create index talent_bank_history_request_idx on talent_bank_history (request_id);
