-- Demo contract registers: 44 of the 52 member councils (85%, as the 2017-18 framework reports) keep a register
-- they changed or confirmed in the last year; four more have a register not touched for over a year; four have
-- none. Each year since 2017 about 44 councils confirmed their register (the participation of earlier years). Each register holds six to twelve believable contracts across the categories, most shown in the regional
-- register, about a third with their value shared. Contracts in waste, ICT and social care end within a year of
-- each other at several councils, so the console shows collaboration chances. Inserted per council with
-- app.tenant_id set locally, as forced row-level security requires.
do $$
declare
    councils   text[] := array(select id from council where status = 'ACTIVE' order by md5(id || 'contracts'));
    titles     jsonb := '{
      "WASTE": ["Household waste collection", "Garden waste collection", "Recycling processing (MRF)"],
      "ICT": ["Microsoft licensing", "Revenues and benefits system", "Network and telephony", "Website hosting"],
      "SOCIAL_CARE": ["Home care framework", "Supported living", "Residential care block beds"],
      "FACILITIES": ["Office cleaning", "Building maintenance", "Security services"],
      "CONSTRUCTION": ["Leisure centre refurbishment", "Housing repairs and voids", "Schools capital works"],
      "TRANSPORT": ["Fleet leasing", "Home to school transport", "Vehicle maintenance"],
      "ENERGY": ["Electricity supply", "Gas supply", "Street lighting energy"],
      "PROFESSIONAL": ["External audit support", "Legal services panel", "Recruitment advertising"],
      "HIGHWAYS": ["Highways term maintenance", "Winter gritting", "Street lighting maintenance"],
      "OTHER": ["Insurance", "Banking services", "Printing and mailing"]
    }';
    suppliers  jsonb := '{
      "WASTE": ["Biffa", "Veolia", "FCC Environment", "Serco"], "ICT": ["Softcat", "Civica", "Capita", "BT"],
      "SOCIAL_CARE": ["Caring Hands Ltd", "Eastern Care Partnership", "Anglia Support Services"],
      "FACILITIES": ["Mitie", "ISS", "Sodexo"], "CONSTRUCTION": ["Morgan Sindall", "Kier", "Willmott Dixon"],
      "TRANSPORT": ["Lex Autolease", "Go Anglia Coaches", "Fleet Solutions"],
      "ENERGY": ["LASER Energy", "EDF Energy", "TotalEnergies"],
      "PROFESSIONAL": ["Browne Jacobson", "Grant Thornton", "Hays"],
      "HIGHWAYS": ["Ringway", "Milestone Infrastructure", "Tarmac"], "OTHER": ["Zurich Municipal", "Lloyds Bank", "Adare SEC"]
    }';
    cats       text[] := array['WASTE', 'ICT', 'SOCIAL_CARE', 'FACILITIES', 'CONSTRUCTION', 'TRANSPORT', 'ENERGY',
                               'PROFESSIONAL', 'HIGHWAYS', 'OTHER'];
    i          int;
    j          int;
    n          int;
    council    text;
    cat        text;
    starts     date;
    ends       date;
    touched    timestamptz;
    value      bigint;
    y          int;
begin
    for i in 1 .. array_length(councils, 1) loop
        council := councils[i];
        continue when i > 48;                       -- four councils keep no register
        perform set_config('app.tenant_id', council, true);
        n := 6 + i % 7;
        for j in 1 .. n loop
            cat := cats[1 + (i + j * 3) % array_length(cats, 1)];
            starts := current_date - (200 + ((i * 37 + j * 101) % 1400));
            ends := starts + ((2 + (i + j) % 4) * 365);
            -- waste, ICT and social care contracts of many councils end within the next two years
            if cat in ('WASTE', 'ICT', 'SOCIAL_CARE') and j % 2 = 0 then
                ends := current_date + 60 + ((i * 17 + j * 29) % 600);
            end if;
            value := (50000 + ((i * 7919 + j * 104729) % 2500000)) * 100;
            touched := case when i <= 44 then now() - make_interval(days => (i * 13 + j) % 300)
                            else now() - make_interval(days => 400 + (i * 13 + j) % 300) end;
            insert into contract (tenant_id, title, supplier, category, value_pence, start_on, end_on,
                                  extension_options, contact_name, contact_email, in_register, share_value,
                                  share_contact, recorded_by, updated_at)
            values (council,
                    titles -> cat ->> ((i + j) % jsonb_array_length(titles -> cat)),
                    suppliers -> cat ->> ((i * 3 + j) % jsonb_array_length(suppliers -> cat)),
                    cat, value, starts, ends,
                    case when j % 3 = 0 then 'One extension of up to two years'
                         when j % 3 = 1 then 'Two extensions of one year each' end,
                    (array['Sam Patel', 'Jo Clarke', 'Chris Evans', 'Alex Morgan', 'Priya Shah'])[1 + (i + j) % 5],
                    'procurement@' || council || '.demo',
                    j % 5 <> 0, j % 3 = 0, j % 4 <> 0,
                    'procurement@' || council || '.demo', touched);
        end loop;
    end loop;
    -- each year since April 2017, 44 councils confirmed their register up to date (a different eight did not)
    for y in 2017 .. extract(year from current_date)::int loop
        for i in 1 .. array_length(councils, 1) loop
            continue when (i + y) % 13 in (0, 5) or make_date(y, 6, 1 + i % 28) > current_date;
            perform set_config('app.tenant_id', councils[i], true);
            insert into contract_register_review (tenant_id, reviewed_by, reviewed_at)
            values (councils[i], 'procurement@' || councils[i] || '.demo', make_date(y, 6, 1 + i % 28)::timestamptz);
        end loop;
    end loop;
end
$$;
