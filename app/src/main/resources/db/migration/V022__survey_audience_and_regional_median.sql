-- The councils a survey addresses. Runs with the caller's rights: a council's people see only whether their own
-- council is in an event's audience (attendance is theirs), association staff (reader role) see all.
create function survey_audience(p_survey bigint) returns setof text
    language sql stable
as $$
    select c.id
    from survey s
    join council c on c.successor_id is null and c.status <> 'LEFT'
    where s.id = p_survey
      and (s.audience = 'ALL_COUNCILS'
        or (s.audience = 'COUNTIES_AND_UNITARIES' and c.kind in ('COUNTY', 'UNITARY'))
        or (s.audience = 'GROUP' and exists (
              select 1 from engagement_group g
              where g.id = s.group_id
                and (g.audience = 'ALL_COUNCILS'
                  or (g.audience = 'COUNTIES_AND_UNITARIES' and c.kind in ('COUNTY', 'UNITARY'))
                  or (g.audience = 'NAMED_COUNCILS' and exists (
                        select 1 from engagement_group_member m where m.group_id = g.id and m.council_id = c.id)))))
        or (s.audience = 'EVENT_ATTENDEES' and exists (
              select 1 from attendance a
              where a.meeting_id = s.meeting_id and a.tenant_id = c.id and a.status in ('PRESENT', 'SUBSTITUTE'))))
$$;
grant execute on function survey_audience(bigint) to eelga_app, eelga_association_reader;

-- The regional median of each council's answered share (surveys answered / surveys addressed, published surveys
-- opening in the period), for a council's engagement summary. A council's people may not read other councils'
-- responses, so this runs as the schema owner (SECURITY DEFINER) and returns ONLY the aggregate, and only when
-- at least five councils were addressed (a median of fewer could be one council's own figure).
-- FORCE ROW LEVEL SECURITY applies to the table owner too, so the owner needs read policies on the tables the
-- function reads; the application never connects as the owner, so these open nothing to councils or staff.
create policy survey_response_owner_read_for_aggregates on survey_response
    for select to eelga_owner using (true);
create policy attendance_owner_read_for_survey_aggregates on attendance
    for select to eelga_owner using (true);

create function survey_regional_median_answered_share(p_from date, p_to date)
    returns table (councils integer, median_share numeric)
    language sql stable security definer
    set search_path = public, pg_temp
as $$
    with addressed as (
        select a.council, s.id as survey_id
        from survey s cross join lateral survey_audience(s.id) as a(council)
        where s.published and s.opens_at >= p_from and s.opens_at < p_to + 1
    ), per_council as (
        select ad.council,
               count(*) as addressed,
               count(*) filter (where exists (
                   select 1 from survey_response r
                   where r.survey_id = ad.survey_id and r.status = 'SUBMITTED'
                     and r.tenant_id in (select app_council_lineage(ad.council)))) as answered
        from addressed ad
        group by ad.council
    )
    select count(*)::int,
           case when count(*) >= 5
                then round((percentile_cont(0.5) within group (order by answered::numeric / addressed))::numeric, 4)
           end
    from per_council
$$;
revoke execute on function survey_regional_median_answered_share(date, date) from public;
grant execute on function survey_regional_median_answered_share(date, date) to eelga_app, eelga_association_reader;
