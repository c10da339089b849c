-- Demo data for the run command (eelga.database.demo-data): the Talent Bank catalogue and associates, councils'
-- requests through to payment across several financial years, membership fees and invoices already paid.
-- Tenant-owned rows are written with app.tenant_id set per council, because FORCE ROW LEVEL SECURITY applies
-- to the schema owner too.

insert into talent_bank_service (area_id, name, description, indicative_day_rate_pence) values
    ('public-service-reform', 'Service redesign around the citizen', 'Whole-system review and redesign of a service with partners, from demand analysis to a new operating model.', 75000),
    ('public-service-reform', 'Devolution and partnership support', 'Facilitation and programme support for combined authority and public-service partnership proposals.', 80000),
    ('commercialisation', 'Commercial strategy', 'A commercial strategy and business cases for trading services, with options appraisal.', 80000),
    ('commercialisation', 'Commercial skills programme', 'Workshops and coaching that build commercial awareness among managers.', 65000),
    ('asset-management', 'Housing company set-up', 'Support to set up a local authority housing company: governance, business plan and funding.', 85000),
    ('asset-management', 'Asset review and disposal strategy', 'A review of the property portfolio with a strategy for use, sharing and disposal.', 75000),
    ('hr-od', 'Interim HR leadership', 'An experienced interim head of HR or OD for a fixed period.', 70000),
    ('hr-od', 'Shared services and TUPE', 'Employee relations, consultation and TUPE for shared services and transfers.', 65000),
    ('hr-od', 'Senior recruitment', 'Executive search and assessment centres for chief officer appointments.', 60000),
    ('procurement', 'Procurement health check', 'A review of procurement practice, contract register and savings opportunities.', 65000),
    ('procurement', 'Contract management support', 'Support to manage major contracts and renegotiate for savings.', 70000);

insert into talent_bank_associate (name, email, area_id, cost_day_rate_pence, charge_day_rate_pence) values
    ('Helen Ashby', 'helen.ashby@associates.eelga.demo', 'public-service-reform', 52000, 75000),
    ('Marcus Obi', 'marcus.obi@associates.eelga.demo', 'public-service-reform', 56000, 80000),
    ('Priya Raman', 'priya.raman@associates.eelga.demo', 'commercialisation', 58000, 80000),
    ('Tom Fairweather', 'tom.fairweather@associates.eelga.demo', 'asset-management', 60000, 85000),
    ('Grace Kimura', 'grace.kimura@associates.eelga.demo', 'asset-management', 50000, 75000),
    ('David Lowe', 'david.lowe@associates.eelga.demo', 'hr-od', 48000, 70000),
    ('Sarah Whitmore', 'sarah.whitmore@associates.eelga.demo', 'hr-od', 44000, 65000),
    ('Imran Shah', 'imran.shah@associates.eelga.demo', 'procurement', 46000, 65000);

insert into talent_bank_target (financial_year, area_id, gross_profit_pence) values ('2018-19', null, 21500000);

insert into billing_membership_fee (financial_year, council_kind, fee_pence, vat_rate) values
    ('2017-18', 'COUNTY', 1850000, 0), ('2017-18', 'UNITARY', 1200000, 0), ('2017-18', 'DISTRICT', 620000, 0),
    ('2018-19', 'COUNTY', 1890000, 0), ('2018-19', 'UNITARY', 1225000, 0), ('2018-19', 'DISTRICT', 635000, 0),
    ('2026-27', 'COUNTY', 2150000, 0), ('2026-27', 'UNITARY', 1390000, 0), ('2026-27', 'DISTRICT', 720000, 0);

-- One request taken as far as final_status, delivered by the associate in the given number of days.
create function pg_temp.demo_request(council text, service text, associate text, scope text, starts date,
                                     days numeric, po text, final_status text) returns void
    language plpgsql as $$
declare
    s talent_bank_service;
    a talent_bank_associate;
    r_id bigint;
    inv_id bigint;
    charge bigint;
    vat bigint;
    by_staff text := 'staff@eelga.demo';
    by_council text := 'officer@' || council || '.demo';
    steps text[] := array['REQUESTED', 'QUOTED', 'ACCEPTED', 'SCHEDULED', 'DELIVERED', 'INVOICED', 'PAID'];
    i int;
begin
    perform set_config('app.tenant_id', council, false);
    select * into s from talent_bank_service where name = service;
    select * into a from talent_bank_associate where email = associate;
    charge := round(days * a.charge_day_rate_pence);
    insert into talent_bank_request (tenant_id, service_id, scope, start_on, end_on, budget_pence, po_number, status,
                                     requested_by, requested_at)
    values (council, s.id, scope, starts, starts + 60, charge + 500000, po, final_status, by_council,
            (starts - 30)::timestamptz)
    returning id into r_id;
    for i in 1 .. array_position(steps, final_status) loop
        insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at, note)
        values (council, r_id, case when i = 1 then null else steps[i - 1] end, steps[i],
                case when steps[i] in ('REQUESTED', 'ACCEPTED') then by_council
                     when steps[i] = 'PAID' then 'billing@system.eelga.gov.uk' else by_staff end,
                (starts - 30 + i * 5)::timestamptz, 'Demo history');
    end loop;
    if array_position(steps, final_status) >= 2 then
        insert into talent_bank_quote (tenant_id, request_id, pricing, days, day_rate_pence, amount_pence,
                                       expires_on, status, quoted_by, quoted_at, decided_by, decided_at)
        values (council, r_id, 'DAY_RATE', days, a.charge_day_rate_pence, charge,
                case when final_status = 'QUOTED' then current_date + 30 else starts end,
                case when final_status = 'QUOTED' then 'OPEN' else 'ACCEPTED' end, by_staff,
                (starts - 20)::timestamptz,
                case when final_status = 'QUOTED' then null else by_council end,
                case when final_status = 'QUOTED' then null else (starts - 15)::timestamptz end);
    end if;
    if array_position(steps, final_status) >= 4 then
        insert into talent_bank_assignment (tenant_id, request_id, associate_id, planned_days, starts_on)
        values (council, r_id, a.id, days, starts);
    end if;
    if array_position(steps, final_status) >= 5 then
        insert into talent_bank_delivery (tenant_id, request_id, associate_id, delivered_on, days, charge_pence,
                                          cost_pence, invoice_source_ref)
        values (council, r_id, a.id, starts + 45, days, charge, round(days * a.cost_day_rate_pence),
                case when final_status in ('INVOICED', 'PAID') then 'talent-bank-request-' || r_id end);
    end if;
    if final_status in ('INVOICED', 'PAID') then
        vat := round(charge * 0.20);
        insert into billing_invoice (tenant_id, source_ref, kind, description, po_number, net_pence, vat_pence,
                                     total_pence, due_on, status, status_at, created_by, created_at)
        values (council, 'talent-bank-request-' || r_id, 'TALENT_BANK', 'Talent Bank: ' || service, po, charge,
                vat, charge + vat, starts + 90, case when final_status = 'PAID' then 'PAID' else 'OPEN' end,
                (starts + 80)::timestamptz, by_staff, (starts + 60)::timestamptz)
        returning id into inv_id;
        insert into billing_invoice_line (tenant_id, invoice_id, line_no, description, quantity, unit_amount_pence,
                                          vat_rate, net_pence, vat_pence, source_ref)
        values (council, inv_id, 1, service || ', ' || days || ' days', 1, charge, 20, charge, vat,
                'talent-bank-request-' || r_id);
    end if;
end
$$;

-- 2017-18
select pg_temp.demo_request('norwich', 'Service redesign around the citizen', 'helen.ashby@associates.eelga.demo', 'Redesign of the housing options service with health partners', date '2017-05-08', 40, 'NCC-PO-17-0412', 'PAID');
select pg_temp.demo_request('essex', 'Commercial strategy', 'priya.raman@associates.eelga.demo', 'Commercial strategy for traded services to schools', date '2017-06-12', 55, 'ECC-4500123', 'PAID');
select pg_temp.demo_request('suffolk', 'Housing company set-up', 'tom.fairweather@associates.eelga.demo', 'Business plan and governance for a housing company', date '2017-07-03', 60, 'SCC-77812', 'PAID');
select pg_temp.demo_request('cambridge', 'Shared services and TUPE', 'david.lowe@associates.eelga.demo', 'TUPE consultation for the shared planning service', date '2017-09-04', 35, 'CCC-PO-9921', 'PAID');
select pg_temp.demo_request('ipswich', 'Procurement health check', 'imran.shah@associates.eelga.demo', 'Procurement health check and contract register', date '2017-10-02', 25, 'IBC-20171002', 'PAID');
select pg_temp.demo_request('hertfordshire', 'Interim HR leadership', 'sarah.whitmore@associates.eelga.demo', 'Interim head of OD for six months', date '2017-04-18', 90, 'HCC-PO-3321', 'PAID');
select pg_temp.demo_request('peterborough', 'Asset review and disposal strategy', 'grace.kimura@associates.eelga.demo', 'Review of the office estate', date '2017-11-06', 45, 'PCC-110617', 'PAID');
select pg_temp.demo_request('luton', 'Devolution and partnership support', 'marcus.obi@associates.eelga.demo', 'Programme support for the public-service partnership board', date '2018-01-08', 30, 'LBC-PO-0108', 'PAID');
-- 2018-19
select pg_temp.demo_request('norwich', 'Commercial skills programme', 'priya.raman@associates.eelga.demo', 'Commercial awareness for 40 managers', date '2018-05-14', 20, 'NCC-PO-18-0511', 'PAID');
select pg_temp.demo_request('essex', 'Contract management support', 'imran.shah@associates.eelga.demo', 'Highways contract renegotiation', date '2018-06-04', 50, 'ECC-4500987', 'INVOICED');
select pg_temp.demo_request('cambridge', 'Senior recruitment', 'sarah.whitmore@associates.eelga.demo', 'Assessment centre for a director of place', date '2018-09-10', 12, 'CCC-PO-1203', 'DELIVERED');
-- now
select pg_temp.demo_request('ipswich', 'Housing company set-up', 'grace.kimura@associates.eelga.demo', 'Options for a wholly owned housing company', current_date + 14, 30, 'IBC-PO-NEW', 'QUOTED');
select pg_temp.demo_request('norwich', 'Procurement health check', 'imran.shah@associates.eelga.demo', 'Health check of the waste contract procurement', current_date + 30, 15, null, 'REQUESTED');

-- Membership invoices of 2017-18 and 2018-19, all paid ("All 52 councils in membership and invoices paid").
do $$
declare
    c record;
    y text;
    fee bigint;
begin
    foreach y in array array['2017-18', '2018-19'] loop
        for c in select id, kind from council order by id loop
            perform set_config('app.tenant_id', c.id, false);
            select fee_pence into fee from billing_membership_fee where financial_year = y and council_kind = c.kind;
            with invoice as (
                insert into billing_invoice (tenant_id, source_ref, kind, description, net_pence, vat_pence,
                                             total_pence, due_on, status, status_at, created_by, created_at)
                values (c.id, 'membership-' || y, 'MEMBERSHIP', 'East of England LGA membership ' || y, fee, 0, fee,
                        make_date(substr(y, 1, 4)::int, 5, 31), 'PAID',
                        make_date(substr(y, 1, 4)::int, 5, 20)::timestamptz, 'staff@eelga.demo',
                        make_date(substr(y, 1, 4)::int, 4, 3)::timestamptz)
                returning id)
            insert into billing_invoice_line (tenant_id, invoice_id, line_no, description, quantity,
                                              unit_amount_pence, vat_rate, net_pence, vat_pence, source_ref)
            select c.id, id, 1, 'Annual membership subscription ' || y, 1, fee, 0, fee, 0, 'membership-' || y
            from invoice;
        end loop;
    end loop;
end
$$;

select set_config('app.tenant_id', '', false);
