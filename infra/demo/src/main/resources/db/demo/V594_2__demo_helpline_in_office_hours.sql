-- The demo's HR helpline queries are raised in office hours, as V259 meant: it spread them over the year by a
-- fraction of a day each, so many were raised in the night ("26 March 2026 at 4am"). A query raised outside 9am to
-- 5pm London time moves within its day to between 9am and 4pm, and its answer, closing, rating and messages move
-- with it. The day stays (so its service-level deadlines, worked out from the day, stay right), and a query moves
-- only where every moved time stays in the past and each response stays on time or late as it was, so the helpline's
-- figures are the same before and after.
do $$
declare
    c record;
begin
    create temporary table helpline_move (query_id bigint primary key, delta interval) on commit drop;
    for c in select id from council loop
        perform set_config('app.tenant_id', c.id, true);
        truncate helpline_move;
        insert into helpline_move (query_id, delta)
        select q.id, moved.raised_at - q.raised_at
        from helpline_query q
        cross join lateral (
            select (date_trunc('day', q.raised_at at time zone 'Europe/London') + interval '9 hours'
                    + make_interval(secs => (extract(epoch from (q.raised_at at time zone 'Europe/London')::time)
                                             ::bigint % 25200)::double precision))
                   at time zone 'Europe/London' as raised_at
        ) moved
        where q.tenant_id = c.id
          and ((q.raised_at at time zone 'Europe/London')::time < time '09:00'
               or (q.raised_at at time zone 'Europe/London')::time >= time '17:00');
        delete from helpline_move m
        using helpline_query q
        where q.id = m.query_id
          and (q.raised_at + m.delta >= now()
               or q.first_response_at + m.delta >= now() or q.closed_at + m.delta >= now()
               or q.rated_at + m.delta >= now()
               or (q.first_response_at + m.delta <= q.first_response_due) <> (q.first_response_at <= q.first_response_due)
               or (q.closed_at + m.delta <= q.resolution_due) <> (q.closed_at <= q.resolution_due)
               or exists (select 1 from helpline_message x where x.query_id = q.id and x.written_at + m.delta >= now()));
        update helpline_query q
        set raised_at = q.raised_at + m.delta,
            first_response_at = q.first_response_at + m.delta,
            closed_at = q.closed_at + m.delta,
            rated_at = q.rated_at + m.delta
        from helpline_move m
        where m.query_id = q.id and q.tenant_id = c.id;
        update helpline_message x
        set written_at = x.written_at + m.delta
        from helpline_move m
        where m.query_id = x.query_id and x.tenant_id = c.id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
