-- Demo and historical programme: the coaching cohorts, CPD sessions and annual conferences from 2017-18 (as
-- reported in the 2017-18 monitoring of the business plan) to the year after the current one, with bookings from
-- several councils. Bookings are tenant-owned under forced row-level security, which applies to the schema owner
-- running this migration too: each council's bookings are inserted with app.tenant_id set (locally to this
-- migration's transaction) to that council, exactly as the platform would.
do $$
declare
    y int;
    last_year int := extract(year from now())::int + 1;
    cohort bigint;
    s bigint;
    k int;
    ilm int := 3;
    ciw int := 5;
    starts timestamptz;
begin
    for y in 2017 .. last_year loop
        -- ILM7 cohorts: one starting in April and one in October each year (cohort 3 ran in 2017).
        foreach starts in array array[make_timestamptz(y, 4, 18, 9, 30, 0, 'Europe/London'),
                                     make_timestamptz(y, 10, 10, 9, 30, 0, 'Europe/London')] loop
            insert into coaching_cohort (programme, name, description)
            values ('ILM7', 'ILM7 Certificate in Executive Coaching and Mentoring - Cohort ' || ilm,
                    'ILM Level 7 certificate: five workshop days and supervised coaching practice.')
            returning id into cohort;
            for k in 0 .. 2 loop
                insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity, price_pence,
                                              allowance_per_council, cancellation_cutoff)
                values (cohort, 'Cohort ' || ilm || ' workshop ' || (k + 1), starts + (k * interval '3 weeks'),
                        starts + (k * interval '3 weeks') + interval '7 hours', 'EELGA, West Suffolk House, Bury St Edmunds',
                        12, 185000, 2, starts + (k * interval '3 weeks') - interval '14 days');
            end loop;
            ilm := ilm + 1;
        end loop;
        -- Coaching in the Workplace for senior managers (ILM endorsed): spring and autumn.
        foreach starts in array array[make_timestamptz(y, 3, 7, 9, 30, 0, 'Europe/London'),
                                     make_timestamptz(y, 9, 12, 9, 30, 0, 'Europe/London')] loop
            insert into coaching_cohort (programme, name, description)
            values ('COACHING_IN_THE_WORKPLACE', 'Coaching in the Workplace for Senior Managers - Cohort ' || ciw,
                    'ILM endorsed: three days of coaching skills for managers.')
            returning id into cohort;
            for k in 0 .. 1 loop
                insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity, price_pence,
                                              allowance_per_council, cancellation_cutoff)
                values (cohort, 'Cohort ' || ciw || ' day ' || (k + 1), starts + (k * interval '4 weeks'),
                        starts + (k * interval '4 weeks') + interval '6 hours', 'Chelmsford, County Hall',
                        12, 60000, 2, starts + (k * interval '4 weeks') - interval '7 days');
            end loop;
            ciw := ciw + 1;
        end loop;
        -- CPD programme with SCMP (free): an autumn and a spring session.
        insert into coaching_cohort (programme, name, description)
        values ('CPD', 'Coaching CPD programme ' || y || '-' || right((y + 1)::text, 2),
                'Continuous professional development for the region''s coaches, in partnership with SCMP.')
        returning id into cohort;
        insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity, price_pence,
                                      allowance_per_council, cancellation_cutoff)
        values (cohort, 'The Five Minute Coach', make_timestamptz(y, 10, 17, 13, 0, 0, 'Europe/London'),
                make_timestamptz(y, 10, 17, 16, 30, 0, 'Europe/London'), 'Cambridge, Shire Hall', 30, 0, null,
                make_timestamptz(y, 10, 15, 17, 0, 0, 'Europe/London')),
               (cohort, 'Emotional Intelligence', make_timestamptz(y + 1, 3, 8, 13, 0, 0, 'Europe/London'),
                make_timestamptz(y + 1, 3, 8, 16, 30, 0, 'Europe/London'), 'Norwich, County Hall', 30, 0, null,
                make_timestamptz(y + 1, 3, 6, 17, 0, 0, 'Europe/London'));
        -- The annual coaching conference, in February.
        insert into coaching_cohort (programme, name, description)
        values ('CONFERENCE', 'Annual Coaching Conference ' || (y + 1),
                'The region''s coaches and coaching sponsors: keynotes, practice and supervision workshops.')
        returning id into cohort;
        insert into coaching_session (cohort_id, title, starts_at, ends_at, venue, capacity, price_pence,
                                      allowance_per_council, cancellation_cutoff)
        values (cohort, 'Annual Coaching Conference ' || (y + 1), make_timestamptz(y + 1, 2, 7, 9, 0, 0, 'Europe/London'),
                make_timestamptz(y + 1, 2, 7, 16, 30, 0, 'Europe/London'), 'Newmarket, Jockey Club Rooms', 120, 9500,
                null, make_timestamptz(y + 1, 1, 24, 17, 0, 0, 'Europe/London'));
    end loop;
end $$;

-- Bookings: a few councils per session, delegates with attendance and completion recorded for sessions that have
-- taken place. The waitlist stays empty in the demo (no session is full).
do $$
declare
    councils text[] := array['norwich', 'cambridge', 'essex', 'ipswich', 'suffolk', 'peterborough', 'colchester',
                             'broadland', 'luton', 'stevenage', 'fenland', 'babergh'];
    firsts text[] := array['Alex', 'Sam', 'Priya', 'Tom', 'Jo', 'Chris', 'Morgan', 'Ruth', 'Dev', 'Helen', 'Owen', 'Aisha'];
    lasts text[] := array['Clarke', 'Patel', 'Hughes', 'Brown', 'Okafor', 'Reid', 'Evans', 'Shah', 'Walsh', 'Green'];
    sess record;
    i int;
    n int;
    council text;
    who text;
begin
    for sess in select id, starts_at, price_pence, capacity from coaching_session
                where starts_at < now() + interval '120 days' order by id loop
        n := 2 + (sess.id % 5)::int;  -- 2 to 6 delegates
        for i in 1 .. n loop
            council := councils[1 + ((sess.id * 7 + i * 5) % array_length(councils, 1))::int];
            who := firsts[1 + ((sess.id + i * 3) % array_length(firsts, 1))::int] || ' '
                || lasts[1 + ((sess.id * 3 + i) % array_length(lasts, 1))::int];
            perform set_config('app.tenant_id', council, true);
            insert into coaching_booking (tenant_id, session_id, delegate_name, delegate_email, status, price_pence,
                                          booked_by_subject, booked_by_email, booked_at, confirmed_at, attended,
                                          completed)
            values (council, sess.id, who, lower(replace(who, ' ', '.')) || '@' || council || '.demo', 'CONFIRMED',
                    sess.price_pence, 'demo-officer-' || council, 'officer@' || council || '.demo',
                    sess.starts_at - interval '30 days', sess.starts_at - interval '30 days',
                    case when sess.starts_at < now() then (i % 6 <> 0) end,
                    sess.starts_at < now() and i % 6 <> 0);
            update coaching_session set confirmed_count = confirmed_count + 1 where id = sess.id;
        end loop;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
