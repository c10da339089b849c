-- Demo follow-up commitments: contact within four weeks after each Corporate Peer Challenge (a few councils a
-- year), and responses to requests for the Joint Secretaries' intervention (3 disputes settled in 2017 and one
-- ongoing into 2018, as the 2017-18 framework reports). Inserted per council with app.tenant_id set locally.
do $$
declare
    councils text[] := array(select id from council where status = 'ACTIVE' order by id);
    this_year int := extract(year from now())::int;
    y int;
    i int;
    council text;
    arose date;
begin
    for y in 2017 .. this_year loop
        for i in 1 .. 4 loop
            council := councils[1 + ((y * 11 + i * 13) % array_length(councils, 1))];
            arose := make_date(y, 1 + i * 2, 10 + i);
            continue when arose > current_date;
            perform set_config('app.tenant_id', council, true);
            insert into follow_up_commitment (tenant_id, kind, what, arose_on, due_on, done_on, done_note, recorded_by,
                                              recorded_at)
            values (council, 'PEER_CHALLENGE_CONTACT', 'Contact the Chief Executive about follow-up support',
                    arose, arose + 28,
                    case when arose + 35 < current_date then arose + 8 + ((y + i) % 4) * 7 end,
                    case when arose + 35 < current_date then 'Call with the Chief Executive; support offered' end,
                    'staff@eelga.demo', arose::timestamptz);
        end loop;
        for i in 1 .. (case when y = 2017 then 4 else 2 + y % 2 end) loop
            council := councils[1 + ((y * 7 + i * 5) % array_length(councils, 1))];
            arose := make_date(y, 2 + i * 2, 5 + i);
            continue when arose > current_date;
            perform set_config('app.tenant_id', council, true);
            insert into follow_up_commitment (tenant_id, kind, what, arose_on, due_on, done_on, done_note, recorded_by,
                                              recorded_at)
            values (council, 'JOINT_SECRETARIES',
                    case when i % 2 = 0 then 'Respond to a request for formal intervention in a pay dispute'
                         else 'Respond to a request for informal intervention on a restructure' end,
                    arose, arose + 28,
                    case when arose + 30 < current_date then arose + 5 + i * 3 end,
                    case when arose + 30 < current_date then 'Joint Secretaries met both sides' end,
                    'staff@eelga.demo', arose::timestamptz);
        end loop;
    end loop;
end
$$;
