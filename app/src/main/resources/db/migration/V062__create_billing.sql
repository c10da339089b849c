-- Billing: each council's Stripe customer, its invoices and their lines (tenant-owned), the outbox of invoices
-- still to be sent to Stripe (tenant-owned, written in the same transaction as the business change), and the
-- webhook events received from Stripe.
create table billing_customer (
    tenant_id           text primary key references council (id),
    stripe_customer_id  text not null unique,
    created_at          timestamptz not null
);

create table billing_invoice (
    id                  bigint generated always as identity primary key,
    tenant_id           text not null references council (id),
    source_ref          text not null,
    kind                text not null,
    description         text not null,
    po_number           text,
    net_pence           bigint not null check (net_pence >= 0),
    vat_pence           bigint not null check (vat_pence >= 0),
    total_pence         bigint not null check (total_pence >= 0),
    due_on              date not null,
    status              text not null,
    status_at           timestamptz not null,
    stripe_invoice_id   text unique,
    hosted_url          text,
    created_by          text not null,
    created_at          timestamptz not null,
    unique (tenant_id, source_ref)
);

create table billing_invoice_line (
    id                  bigint generated always as identity primary key,
    tenant_id           text not null references council (id),
    invoice_id          bigint not null references billing_invoice (id),
    line_no             int not null,
    description         text not null,
    quantity            bigint not null check (quantity > 0),
    unit_amount_pence   bigint not null check (unit_amount_pence >= 0),
    vat_rate            numeric(5, 2) not null check (vat_rate >= 0),
    net_pence           bigint not null,
    vat_pence           bigint not null,
    source_ref          text not null,
    unique (invoice_id, line_no)
);

create table billing_outbox (
    id                  bigint generated always as identity primary key,
    tenant_id           text not null references council (id),
    invoice_id          bigint not null unique references billing_invoice (id),
    idempotency_key     text not null unique,
    attempts            int not null default 0,
    next_attempt_at     timestamptz not null,
    last_error          text,
    sent_at             timestamptz,
    created_at          timestamptz not null
);
create index billing_outbox_due_idx on billing_outbox (next_attempt_at) where sent_at is null;

do $$
declare
    t text;
begin
    foreach t in array array['billing_customer', 'billing_invoice', 'billing_invoice_line', 'billing_outbox'] loop
        if t <> 'billing_customer' then
            execute format('create index %I on %I (tenant_id)', t || '_tenant_idx', t);
        end if;
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

-- shared: stripe_event Stripe's webhook events as received (ids, type, time), kept once each so replays are ignored
create table stripe_event (
    id              text primary key,
    type            text not null,
    created_at      timestamptz not null,
    received_at     timestamptz not null,
    council_id      text references council (id),
    stripe_object   text,
    outcome         text not null
);
grant select, insert on stripe_event to eelga_app;
grant select on stripe_event to eelga_association_reader;

-- shared: billing_membership_fee the association's annual membership fee per kind of council and financial year
create table billing_membership_fee (
    financial_year  text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    council_kind    text not null,
    fee_pence       bigint not null check (fee_pence >= 0),
    vat_rate        numeric(5, 2) not null default 0,
    primary key (financial_year, council_kind)
);
grant select on billing_membership_fee to eelga_app, eelga_association_reader;
