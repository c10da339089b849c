-- Demo HR helpline queries from April 2017 to now, as the association reports them: 219 queries in 2017-18, 145 of
-- them benchmarking requests, from about two thirds of the member councils; later years a little busier. Most have
-- a first response within two working days and are closed within ten; most closed queries are rated, mostly good
-- or very good. The last few weeks' queries are still open. Inserted per council with app.tenant_id set locally, as
-- forced row-level security requires. Deterministic (setseed) so every demo install shows the same records.
do $$
declare
    councils   text[] := array(select id from council where status = 'ACTIVE' order by id);
    users      int;
    subjects   jsonb := '{
      "BENCHMARKING": ["Chief Executive pay across the region", "Planning officer grades and market supplements",
                       "Social worker recruitment and retention payments", "Head of Legal salary range",
                       "Car allowances and essential user payments", "Building control surveyor grades",
                       "Environmental health officer pay", "Director of Children''s Services remuneration",
                       "Standby and call-out allowances", "ICT manager grades"],
      "PAY": ["Applying the national pay award to local spine points", "Market supplement review",
              "Honoraria for acting up", "Pay protection after a restructure"],
      "TUPE": ["TUPE transfer of a leisure contract", "Measures letter for an outsourced service",
               "Pension protection on transfer back in-house"],
      "EMPLOYMENT_LAW": ["Flexible working request refused on appeal", "Disciplinary hearing with legal representation",
                         "Fixed-term contracts and redundancy rights", "Reasonable adjustments for long-term sickness"],
      "PENSIONS": ["Flexible retirement under the LGPS", "Strain costs for an early retirement",
                   "Discretions policy review"],
      "OTHER": ["Job evaluation scheme choice", "Apprenticeship levy use", "Agency worker regulations"]
    }';
    advisers   text[] := array['Cheryl Davies', 'Martin Hill', 'Louise Carter'];
    this_start int := extract(year from (now() at time zone 'Europe/London') - interval '3 months')::int;
    y          int;
    n          int;
    bench      int;
    i          int;
    k          int;
    council    text;
    cat        text;
    subj       text;
    raised     timestamptz;
    first_due  timestamptz;
    res_due    timestamptz;
    answered   timestamptz;
    closed     timestamptz;
    rating     int;
    qid        bigint;
    adviser    text;
    asks_back  boolean;
    day        date;
    counted    int;
begin
    perform setseed(0.16);
    for y in 2017 .. this_start loop
        n := case when y = 2017 then 219 else 205 + (y * 7) % 40 end;
        bench := case when y = 2017 then 145 else n * 62 / 100 end;
        users := case when y = 2017 then 34 else 30 + (y % 5) end;
        for i in 1 .. n loop
            council := councils[1 + ((i * 7 + y) % users)];
            if (i * bench) / n > ((i - 1) * bench) / n then
                cat := 'BENCHMARKING';
            else
                cat := (array['PAY', 'TUPE', 'EMPLOYMENT_LAW', 'PENSIONS', 'OTHER'])[1 + (i % 5)];
            end if;
            subj := subjects -> cat ->> ((i * 3) % jsonb_array_length(subjects -> cat));
            -- spread over the year's working days, office hours
            raised := make_timestamptz(y, 4, 3, 9, 0, 0, 'Europe/London')
                      + ((i - 1) * interval '1 day' * 360 / n) + (random() * interval '7 hours');
            if extract(isodow from raised at time zone 'Europe/London') > 5 then
                raised := raised + interval '2 days';
            end if;
            exit when raised > now() - interval '1 hour';
            -- the stated service level: end of the 2nd and 10th working day after the day raised
            day := (raised at time zone 'Europe/London')::date;
            counted := 0;
            while counted < 10 loop
                day := day + 1;
                if extract(isodow from day) < 6 then
                    counted := counted + 1;
                    if counted = 2 then
                        first_due := (day + 1)::timestamp at time zone 'Europe/London';
                    end if;
                end if;
            end loop;
            res_due := (day + 1)::timestamp at time zone 'Europe/London';
            answered := raised + case when random() < 0.9 then interval '3 hours' + random() * interval '30 hours'
                                      else interval '3 days' + random() * interval '3 days' end;
            asks_back := random() < 0.2;
            closed := answered + (case when asks_back then interval '3 days' else interval '1 day' end)
                      + random() * interval '8 days';
            rating := case when random() < 0.65 then
                          (array[5, 5, 5, 4, 4, 4, 4, 3, 5, 4, 2, 5])[1 + floor(random() * 12)::int] end;
            adviser := advisers[1 + (i % 3)];
            perform set_config('app.tenant_id', council, true);
            insert into helpline_query (tenant_id, category, subject, raised_by_subject, raised_by_name, raised_by_email,
                                        raised_at, status, first_response_due, resolution_due, first_response_at,
                                        closed_at, closed_by_name, satisfaction, satisfaction_comment, rated_at)
            values (council, cat, subj, 'demo-officer-' || council, 'HR officer of ' || council,
                    'officer@' || council || '.demo', raised,
                    case when closed < now() then 'CLOSED'
                         when answered > now() then 'AWAITING_ADVISER'
                         when asks_back then 'AWAITING_COUNCIL' else 'ANSWERED' end,
                    first_due, res_due,
                    case when answered < now() then answered end,
                    case when closed < now() then closed end,
                    case when closed < now() then adviser end,
                    case when closed < now() then rating end,
                    case when closed < now() and rating = 5 then 'Quick, clear and exactly what we needed.' end,
                    case when closed < now() and rating is not null then closed end)
            returning id into qid;
            insert into helpline_message (tenant_id, query_id, side, kind, author_name, author_email, body, written_at)
            values (council, qid, 'COUNCIL', 'QUESTION', 'HR officer of ' || council, 'officer@' || council || '.demo',
                    case when cat = 'BENCHMARKING'
                         then 'Could you tell us how other councils in the region approach this: ' || lower(subj)
                              || '? We are reviewing our own arrangements this quarter.'
                         else 'We would welcome your advice on ' || lower(subj)
                              || '. Our policy is silent on the point and we need to respond to the employee soon.'
                    end, raised);
            if answered < now() then
                insert into helpline_message (tenant_id, query_id, side, kind, author_name, author_email, body,
                                              written_at)
                values (council, qid, 'ADVISER', case when asks_back then 'ASK_BACK' else 'ANSWER' end, adviser,
                        'adviser@eelga.demo',
                        case when asks_back then 'Before we answer: how many posts does this affect, and which grades?'
                             when cat = 'BENCHMARKING' then 'Of the councils that answered our last ePayCheck round,'
                                 || ' most use a range of four spine points for this role; we attach the regional'
                                 || ' figures (aggregated over at least five councils).'
                             else 'Our advice: follow your policy''s general provisions, record the reasons for your'
                                 || ' decision and consult the employee before you decide. Happy to talk it through.'
                        end, answered);
                if asks_back and closed < now() then
                    insert into helpline_message (tenant_id, query_id, side, kind, author_name, author_email, body,
                                                  written_at)
                    values (council, qid, 'COUNCIL', 'REPLY', 'HR officer of ' || council,
                            'officer@' || council || '.demo', 'Six posts, grades 7 and 8.',
                            answered + (closed - answered) / 3),
                           (council, qid, 'ADVISER', 'ANSWER', adviser, 'adviser@eelga.demo',
                            'Thank you. For that number of posts a collective consultation is not required; we'
                                || ' suggest individual meetings and written confirmation.',
                            answered + (closed - answered) * 2 / 3);
                end if;
            end if;
        end loop;
    end loop;
end
$$;
