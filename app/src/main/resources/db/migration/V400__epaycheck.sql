-- ePayCheck pay benchmarking (issue 16, point 2). A council subscribes per financial year (invoiced through
-- billing), submits its pay data per job family and grade, and must update it after each national pay award or it
-- is suspended from seeing other councils' data. The association runs priority data projects (named job families,
-- a window). Subscribers see regional benchmarks only as aggregates over at least five councils.

-- A council's subscription for one financial year ('2026-27'). Tenant-owned.
create table epaycheck_subscription (
    id             bigint generated always as identity primary key,
    tenant_id      text not null references council (id),
    year_label     text not null check (year_label ~ '^[0-9]{4}-[0-9]{2}$'),
    fee_pence      bigint not null check (fee_pence >= 0),
    invoice_id     bigint,
    subscribed_by  text not null,
    subscribed_at  timestamptz not null,
    unique (tenant_id, year_label)
);
create index epaycheck_subscription_year_idx on epaycheck_subscription (year_label);

alter table epaycheck_subscription enable row level security;
alter table epaycheck_subscription force row level security;
select app_tenant_owned_policies('epaycheck_subscription');
grant select, insert, update on epaycheck_subscription to eelga_app;

-- One submission of a council's pay for one job family and grade. Append-only: a change is a new row, so the time
-- of each update is kept (the pay-award rule and project completion are decided from it) and the council's current
-- figures are its latest row per job family and grade. Money in pence a year.
create table epaycheck_submission (
    id                 bigint generated always as identity primary key,
    tenant_id          text not null references council (id),
    job_family         text not null check (job_family in ('CHIEF_OFFICERS', 'ADULT_SERVICES', 'CHILDRENS_SERVICES',
                                                           'PLANNING', 'BUILDING_CONTROL', 'ENGINEERING', 'IT',
                                                           'PROCUREMENT', 'LEGAL', 'ENVIRONMENTAL_HEALTH', 'FINANCE',
                                                           'HR')),
    grade              text not null check (length(grade) between 1 and 60),
    min_salary_pence   bigint not null check (min_salary_pence > 0 and min_salary_pence <= 100000000),
    max_salary_pence   bigint not null check (max_salary_pence <= 100000000),
    allowances_pence   bigint not null check (allowances_pence >= 0 and allowances_pence <= 100000000),
    posts              int not null check (posts between 0 and 100000),
    vacancies          int not null check (vacancies between 0 and 100000),
    submitted_by       text not null,
    submitted_at       timestamptz not null,
    check (max_salary_pence >= min_salary_pence),
    check (vacancies <= posts)
);
create index epaycheck_submission_tenant_idx on epaycheck_submission (tenant_id, job_family, grade, submitted_at);
create index epaycheck_submission_at_idx on epaycheck_submission (submitted_at);

alter table epaycheck_submission enable row level security;
alter table epaycheck_submission force row level security;
select app_tenant_owned_policies('epaycheck_submission');
grant select, insert on epaycheck_submission to eelga_app;

-- shared: epaycheck_pay_award the national pay awards the association records, the same for every council
create table epaycheck_pay_award (
    id           bigint generated always as identity primary key,
    title        text not null check (length(title) between 1 and 200),
    agreed_on    date not null,
    update_by    date not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null,
    check (update_by >= agreed_on)
);

-- shared: epaycheck_project the association's priority data projects, the same for every council
create table epaycheck_project (
    id           bigint generated always as identity primary key,
    name         text not null check (length(name) between 1 and 200),
    year_label   text not null check (year_label ~ '^[0-9]{4}-[0-9]{2}$'),
    families     text[] not null check (cardinality(families) between 1 and 12),
    opens_on     date not null,
    closes_on    date not null,
    created_by   text not null,
    created_at   timestamptz not null,
    check (closes_on >= opens_on)
);

grant select on epaycheck_pay_award, epaycheck_project to eelga_app, eelga_association_reader;
grant insert on epaycheck_pay_award, epaycheck_project to eelga_app;

-- Regional benchmarks: every council's latest submission per job family and grade (submitted since p_since),
-- aggregated per job family and grade, and only where at least five councils submitted (a group of fewer is left
-- out, never shown). Runs as the schema owner (SECURITY DEFINER) so a subscriber sees the aggregates without ever
-- reading another council's row; the owner's read policy below exists for this function alone. Whether the caller
-- may see benchmarks at all (subscribed, not suspended) is the platform's check before it calls this.
create policy epaycheck_submission_owner_aggregates on epaycheck_submission for select to eelga_owner using (true);

create function epaycheck_regional_benchmarks(p_since timestamptz)
    returns table (job_family text, grade text, councils int, median_min_pence bigint, median_max_pence bigint,
                   lower_quartile_min_pence bigint, upper_quartile_max_pence bigint, median_allowances_pence bigint,
                   posts bigint, vacancies bigint)
    language sql stable security definer set search_path = public, pg_temp
as $$
    with latest as (
        select distinct on (s.tenant_id, s.job_family, s.grade) s.*
        from epaycheck_submission s
        where s.submitted_at >= p_since
        order by s.tenant_id, s.job_family, s.grade, s.submitted_at desc, s.id desc)
    select l.job_family, l.grade, count(*)::int,
           round(percentile_cont(0.5) within group (order by l.min_salary_pence))::bigint,
           round(percentile_cont(0.5) within group (order by l.max_salary_pence))::bigint,
           round(percentile_cont(0.25) within group (order by l.min_salary_pence))::bigint,
           round(percentile_cont(0.75) within group (order by l.max_salary_pence))::bigint,
           round(percentile_cont(0.5) within group (order by l.allowances_pence))::bigint,
           sum(l.posts)::bigint, sum(l.vacancies)::bigint
    from latest l
    group by l.job_family, l.grade
    having count(distinct l.tenant_id) >= 5
    order by l.job_family, l.grade
$$;
revoke execute on function epaycheck_regional_benchmarks(timestamptz) from public;
grant execute on function epaycheck_regional_benchmarks(timestamptz) to eelga_app, eelga_association_reader;
