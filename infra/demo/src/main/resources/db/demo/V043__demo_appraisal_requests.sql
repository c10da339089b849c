-- Demo Chief Executive appraisal support requests: the 2017 cycle (11 councils supported) and later cycles,
-- inserted per council with app.tenant_id set locally, as forced row-level security requires.
do $$
declare
    councils text[] := array['norwich', 'cambridge', 'essex', 'ipswich', 'suffolk', 'peterborough', 'colchester',
                             'broadland', 'luton', 'stevenage', 'fenland', 'babergh', 'watford', 'harlow'];
    advisers text[] := array['Cheryl Davies', 'Martin Hill', 'Louise Carter'];
    y int;
    i int;
    council text;
    this_year int := extract(year from now())::int;
    asked timestamptz;
begin
    for y in 2017 .. this_year loop
        for i in 1 .. (case when y = 2017 then 11 else 6 + (y % 4) end) loop
            council := councils[1 + ((y + i * 3) % array_length(councils, 1))];
            asked := make_timestamptz(y, 1 + (i % 5), 3 + i, 10, 0, 0, 'Europe/London');
            perform set_config('app.tenant_id', council, true);
            if y < this_year then
                insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name, requested_by_email,
                                               requested_at, preferred_dates, notes, status, adviser, scheduled_on,
                                               delivered_on, decided_by_email)
                values (council, 'demo-leader-' || council, 'Leader of ' || council, 'leader@' || council || '.demo',
                        asked, 'Any weekday in ' || to_char(asked + interval '2 months', 'FMMonth YYYY'),
                        'Annual appraisal of the Chief Executive with the Leader and one cabinet member.',
                        'DELIVERED', advisers[1 + (i % 3)], (asked + interval '2 months')::date,
                        (asked + interval '2 months')::date, 'staff@eelga.demo');
            else
                insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name, requested_by_email,
                                               requested_at, preferred_dates, notes, status, adviser, scheduled_on,
                                               decided_by_email)
                values (council, 'demo-leader-' || council, 'Leader of ' || council, 'leader@' || council || '.demo',
                        asked, 'Any weekday in ' || to_char(asked + interval '2 months', 'FMMonth YYYY'),
                        'Annual appraisal of the Chief Executive.',
                        case when i % 3 = 0 then 'REQUESTED' else 'SCHEDULED' end,
                        case when i % 3 = 0 then null else advisers[1 + (i % 3)] end,
                        case when i % 3 = 0 then null else (asked + interval '2 months')::date end,
                        case when i % 3 = 0 then null else 'staff@eelga.demo' end);
            end if;
        end loop;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
