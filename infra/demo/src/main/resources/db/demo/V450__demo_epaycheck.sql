-- Demo ePayCheck records from April 2017 to now, as the association reports them: 34 subscribing authorities in
-- 2017-18 (then 32 to 36 a year), a national pay award each April that subscribers must reflect by the end of June,
-- three priority data projects a year (2017-18's as the framework names them: Chief Officers, Adult and Children's
-- Services and Planning in July-September; building control, engineering, IT and procurement in November-December;
-- Legal, Environmental Health, Finance and HR by 1 March), 94% of subscribers completing each. Two subscribers a
-- year do not update after the pay award (and take no part in the projects after it), so they are suspended.
-- Norwich subscribes every year (the demo officer sees benchmarks); Cambridge never does (the other state).
-- Pay data rows are inserted per council with app.tenant_id set locally, as forced row-level security requires.
-- The demo's subscriptions carry no invoice (a subscription made through the platform is invoiced at once).
do $$
declare
    families   text[] := array['CHIEF_OFFICERS', 'ADULT_SERVICES', 'CHILDRENS_SERVICES', 'PLANNING',
                               'BUILDING_CONTROL', 'ENGINEERING', 'IT', 'PROCUREMENT', 'LEGAL',
                               'ENVIRONMENTAL_HEALTH', 'FINANCE', 'HR'];
    base       jsonb := '{"CHIEF_OFFICERS": 95000, "ADULT_SERVICES": 32000, "CHILDRENS_SERVICES": 34000,
                          "PLANNING": 33000, "BUILDING_CONTROL": 34000, "ENGINEERING": 36000, "IT": 38000,
                          "PROCUREMENT": 35000, "LEGAL": 42000, "ENVIRONMENTAL_HEALTH": 33000, "FINANCE": 37000,
                          "HR": 32000}';
    this_start int := extract(year from (now() at time zone 'Europe/London') - interval '3 months')::int;
    y          int;
    n          int;
    k          int;
    g          int;
    f          text;
    council    text;
    councils   text[];
    label      text;
    agreed     date;
    project    record;
    lapsed     boolean;
    at         timestamptz;
    pounds     numeric;
begin
    for y in 2017 .. this_start loop
        label := y || '-' || lpad(((y + 1) % 100)::text, 2, '0');
        n := case when y = 2017 then 34 else 32 + (y * 3) % 5 end;
        councils := array(select id from council where status = 'ACTIVE'
                          order by id = 'norwich' desc, id = 'cambridge', md5(id || y));
        agreed := make_date(y, 4, 16);
        if agreed <= current_date then
            insert into epaycheck_pay_award (title, agreed_on, update_by, recorded_by, recorded_at)
            values ('NJC pay award ' || label, agreed, make_date(y, 6, 30), 'staff@eelga.demo', agreed::timestamptz);
        end if;
        if y = 2017 then
            insert into epaycheck_project (name, year_label, families, opens_on, closes_on, created_by, created_at)
            values ('Chief Officers, Adult and Children''s Services and Planning', label,
                    array['CHIEF_OFFICERS', 'ADULT_SERVICES', 'CHILDRENS_SERVICES', 'PLANNING'],
                    date '2017-07-03', date '2017-09-29', 'staff@eelga.demo', timestamptz '2017-06-26 10:00+01'),
                   ('Building control, engineering, IT and procurement', label,
                    array['BUILDING_CONTROL', 'ENGINEERING', 'IT', 'PROCUREMENT'],
                    date '2017-11-01', date '2017-12-22', 'staff@eelga.demo', timestamptz '2017-10-23 10:00+01'),
                   ('Legal, Environmental Health, Finance and HR', label,
                    array['LEGAL', 'ENVIRONMENTAL_HEALTH', 'FINANCE', 'HR'],
                    date '2018-01-08', date '2018-03-01', 'staff@eelga.demo', timestamptz '2018-01-02 10:00');
        else
            insert into epaycheck_project (name, year_label, families, opens_on, closes_on, created_by, created_at)
            select p.name, label, p.fams, p.opens, p.closes, 'staff@eelga.demo', (p.opens - 7)::timestamptz
            from (values ('Chief Officers and Planning ' || label, array['CHIEF_OFFICERS', 'PLANNING'],
                          make_date(y, 7, 1), make_date(y, 9, 30)),
                         ('Social care and IT ' || label, array['ADULT_SERVICES', 'CHILDRENS_SERVICES', 'IT'],
                          make_date(y, 11, 1), make_date(y, 12, 31)),
                         ('Legal and Finance ' || label, array['LEGAL', 'FINANCE'],
                          make_date(y + 1, 1, 8), make_date(y + 1, 3, 1))) as p(name, fams, opens, closes)
            where p.opens <= current_date;
        end if;
        for k in 1 .. n loop
            council := councils[k];
            lapsed := k % 17 = 6;
            perform set_config('app.tenant_id', council, true);
            insert into epaycheck_subscription (tenant_id, year_label, fee_pence, invoice_id, subscribed_by,
                                                subscribed_at)
            values (council, label, 95000, null, 'admin@' || council || '.demo',
                    make_date(y, 3, 10 + k % 15)::timestamptz);
            -- the update after the pay award
            at := agreed::timestamptz + make_interval(days => 5 + (k * 7) % 60, hours => 10);
            if not lapsed and at <= now() then
                for g in 1 .. 2 loop
                    pounds := round((base ->> 'CHIEF_OFFICERS')::numeric * (1 + 0.02 * (y - 2017))
                                    * (1 + 0.18 * (g - 1)) * (1 + (k % 7) * 0.01));
                    insert into epaycheck_submission (tenant_id, job_family, grade, min_salary_pence,
                                                      max_salary_pence, allowances_pence, posts, vacancies,
                                                      submitted_by, submitted_at)
                    values (council, 'CHIEF_OFFICERS', case g when 1 then 'Assistant Director' else 'Director' end,
                            pounds * 100, round(pounds * 1.1) * 100, 0, 1 + (k + g) % 4, (k * g) % 3 / 2,
                            'hr@' || council || '.demo', at);
                end loop;
            end if;
            -- each project's job families, within its window
            for project in select * from epaycheck_project p where p.year_label = label order by p.opens_on loop
                continue when lapsed and project.opens_on > agreed;
                at := project.opens_on::timestamptz + make_interval(days => (k * 5) % 40, hours => 11);
                continue when at > now() or at::date > project.closes_on;
                foreach f in array project.families loop
                    for g in 1 .. 2 loop
                        pounds := round((base ->> f)::numeric * (1 + 0.02 * (y - 2017)) * (1 + 0.15 * (g - 1))
                                        * (1 + (k % 7) * 0.01));
                        insert into epaycheck_submission (tenant_id, job_family, grade, min_salary_pence,
                                                          max_salary_pence, allowances_pence, posts, vacancies,
                                                          submitted_by, submitted_at)
                        values (council, f,
                                case when f = 'CHIEF_OFFICERS' then
                                         case g when 1 then 'Assistant Director' else 'Director' end
                                     else case g when 1 then 'Officer (SO2)' else 'Senior officer (PO3)' end end,
                                pounds * 100, round(pounds * 1.12) * 100,
                                case when f in ('PLANNING', 'CHILDRENS_SERVICES', 'IT') then (1500 + k * 40) * 100
                                     else 0 end,
                                2 + (k + g) % 9, (k + g + y) % 3,
                                'hr@' || council || '.demo', at + make_interval(mins => g));
                    end loop;
                end loop;
            end loop;
        end loop;
    end loop;
end
$$;
