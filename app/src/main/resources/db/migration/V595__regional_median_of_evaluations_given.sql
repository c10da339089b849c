-- A council's engagement summary showed "Event evaluations given: 1 of 2, 50%" beside a regional median of
-- "No figure yet": the platform computed no median for evaluations, though it had the records. This function gives
-- both medians in one call: of each council's answered share of the published surveys (evaluations included)
-- opening in the period, and of its answered share of the event evaluations alone, each only when at least five
-- councils were addressed (a median of fewer could be one council's own figure). Like
-- survey_regional_median_answered_share (V022, kept for nodes of the release before during a rolling update) it
-- runs as the schema owner and returns only the aggregates, never a council's figure.
create function survey_regional_medians(p_from date, p_to date)
    returns table (councils integer, median_share numeric, evaluation_councils integer,
                   evaluation_median_share numeric)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    with addressed as (
        select a.council, s.kind = 'EVALUATION' as evaluation,
               exists (select 1 from survey_response r
                       where r.survey_id = s.id and r.status = 'SUBMITTED'
                         and r.tenant_id in (select app_council_lineage(a.council))) as answered
        from survey s cross join lateral survey_audience(s.id) as a(council)
        where s.published and s.opens_at >= p_from and s.opens_at < p_to + 1
    ), every_survey as (
        select count(*) filter (where answered)::numeric / count(*) as share
        from addressed group by council
    ), evaluations as (
        select count(*) filter (where answered)::numeric / count(*) as share
        from addressed where evaluation group by council
    )
    select (select count(*)::int from every_survey),
           (select case when count(*) >= 5
                        then round((percentile_cont(0.5) within group (order by share))::numeric, 4) end
            from every_survey),
           (select count(*)::int from evaluations),
           (select case when count(*) >= 5
                        then round((percentile_cont(0.5) within group (order by share))::numeric, 4) end
            from evaluations)
$$;
revoke execute on function survey_regional_medians(date, date) from public;
grant execute on function survey_regional_medians(date, date) to eelga_app, eelga_association_reader;
