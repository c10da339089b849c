-- The median over councils of (attended seats / expected seats) across all group meetings in [from, to):
-- the figure beside a council's "all meetings" line. Aggregates only, over five councils or more (see V013).
create function engagement_all_meetings_median(from_ts timestamptz, to_ts timestamptz)
    returns table (councils int, median_rate numeric)
    language sql stable security definer set search_path = public
as $$
    with expected as (
        select s.council_id, sum(s.seats) as seats
        from engagement_expected_seat s
        where s.starts_at >= from_ts and s.starts_at < to_ts
        group by s.council_id),
    attended as (
        select a.tenant_id as council_id, count(*) as seats
        from attendance a
        join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id
        where s.starts_at >= from_ts and s.starts_at < to_ts and a.status in ('PRESENT', 'SUBSTITUTE')
        group by a.tenant_id)
    select count(*)::int,
           case when count(*) >= 5 then
               (percentile_cont(0.5) within group (
                   order by least(coalesce(a.seats, 0), e.seats)::numeric / e.seats))::numeric
           end
    from expected e left join attended a using (council_id)
$$;

revoke execute on function engagement_all_meetings_median(timestamptz, timestamptz) from public;
grant execute on function engagement_all_meetings_median(timestamptz, timestamptz)
    to eelga_app, eelga_association_reader;
