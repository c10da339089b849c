-- The regional contract database (issue 16, point 3). Each council registers its contracts; the regional register
-- is deliberately shared, but the table stays tenant-owned: councils read each other's contracts only through the
-- security-definer function below, which returns only the rows a council marked for the register, and the value and
-- the contact only where it agreed to share them. Money in pence.
create table contract (
    id                 bigint generated always as identity primary key,
    tenant_id          text not null references council (id),
    title              text not null check (length(title) between 1 and 200),
    supplier           text not null check (length(supplier) between 1 and 200),
    category           text not null check (category in ('CONSTRUCTION', 'FACILITIES', 'ICT', 'SOCIAL_CARE',
                                                         'WASTE', 'TRANSPORT', 'ENERGY', 'PROFESSIONAL',
                                                         'HIGHWAYS', 'OTHER')),
    value_pence        bigint not null check (value_pence >= 0 and value_pence <= 100000000000000),
    start_on           date not null,
    end_on             date not null,
    extension_options  text check (length(extension_options) <= 500),
    contact_name       text not null check (length(contact_name) between 1 and 200),
    contact_email      text not null check (length(contact_email) between 3 and 320),
    in_register        boolean not null default true,
    share_value        boolean not null default false,
    share_contact      boolean not null default true,
    recorded_by        text not null,
    updated_at         timestamptz not null,
    check (end_on >= start_on)
);
create index contract_tenant_end_idx on contract (tenant_id, end_on);
create index contract_category_end_idx on contract (category, end_on);

alter table contract enable row level security;
alter table contract force row level security;
select app_tenant_owned_policies('contract');
grant select, insert, update on contract to eelga_app;

-- A council's confirmation that its register is up to date (participation: a register changed or confirmed in the
-- last twelve months). Tenant-owned, append-only.
create table contract_register_review (
    id           bigint generated always as identity primary key,
    tenant_id    text not null references council (id),
    reviewed_by  text not null,
    reviewed_at  timestamptz not null
);
create index contract_register_review_tenant_idx on contract_register_review (tenant_id, reviewed_at);

alter table contract_register_review enable row level security;
alter table contract_register_review force row level security;
select app_tenant_owned_policies('contract_register_review');
grant select, insert on contract_register_review to eelga_app;

-- The regional register: every council's contracts marked for it, with the value and the contact only where the
-- council agreed, ending on or after p_from. Runs as the schema owner (SECURITY DEFINER); the owner's read policy
-- exists for this function alone, and the function never returns an unshared row or an unshared value or contact.
create policy contract_owner_register on contract for select to eelga_owner using (true);

create function regional_contract_register(p_from date)
    returns table (id bigint, council_id text, council_name text, title text, supplier text, category text,
                   value_pence bigint, start_on date, end_on date, extension_options text, contact_name text,
                   contact_email text)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select k.id, k.tenant_id, c.name, k.title, k.supplier, k.category,
           case when k.share_value then k.value_pence end,
           k.start_on, k.end_on, k.extension_options,
           case when k.share_contact then k.contact_name end,
           case when k.share_contact then k.contact_email end
    from contract k join council c on c.id = k.tenant_id
    where k.in_register and k.end_on >= p_from and c.status = 'ACTIVE'
    order by k.end_on, k.id
$$;
revoke execute on function regional_contract_register(date) from public;
grant execute on function regional_contract_register(date) to eelga_app, eelga_association_reader;
