-- The main figure queries, run directly so their SQL time can be set beside the platform's time for the same figure
-- (bench/run.sh --figures prints both). Copied from the platform's code as of issue 13 (EngagementSummaries,
-- SurveyFigures, RegionalEngagement and the framework's live kinds): when that code changes, change these too.
-- bench/sql/figures.sh runs each block several times as the role named in its header, with the council bound for
-- 'app' blocks (as the platform binds it) and through the audited reader role for 'reader' blocks (as
-- AssociationWideRead does). Variables: :council, :from, :to (the period), :fy (e.g. 2024-25).

-- name: summary: group medians (function) | role: app
select group_id, median_rate from engagement_group_medians(:'from', :'to');
-- name: summary: all-meetings median (function) | role: app
select median_rate from engagement_all_meetings_median(:'from', :'to');
-- name: summary: event medians (function) | role: app
select median_events_attended, median_delegates from engagement_event_medians(:'from', :'to');
-- name: summary: own figures of the council, one statement | role: app
with lineage as (select app_council_lineage(:'council') as id),
 expected as (select s.group_id, sum(s.seats) as seats from engagement_expected_seat s
   where s.council_id = any (array(select id from lineage)) and s.starts_at >= :'from' and s.starts_at < :'to' group by s.group_id),
 attended as (select s.group_id, count(*) as seats from attendance a
   join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id
   where a.tenant_id = any (array(select id from lineage)) and s.council_id = any (array(select id from lineage)) and s.starts_at >= :'from' and s.starts_at < :'to'
   and a.status in ('PRESENT', 'SUBSTITUTE') group by s.group_id),
 groups as (select g.id, g.name, e.seats as expected, coalesce(a.seats, 0) as attended from expected e
   join engagement_group g on g.id = e.group_id left join attended a on a.group_id = e.group_id)
 select c.name,
 array(select p.name from council p where p.id = any (array(select id from lineage)) and p.id <> :'council' order by p.name),
 (select case when v.is_called then v.last_value else 0 end from regional_figures_version v),
 (select count(distinct a.meeting_id) from attendance a join engagement_meeting m on m.id = a.meeting_id
   where m.kind = 'EVENT' and a.status in ('PRESENT', 'SUBSTITUTE') and a.tenant_id = any (array(select id from lineage))
   and m.starts_at >= :'from' and m.starts_at < :'to'),
 (select count(*) from event_registration r join engagement_meeting m on m.id = r.meeting_id
   where r.tenant_id = any (array(select id from lineage)) and m.starts_at >= :'from' and m.starts_at < :'to'),
 gr.id, gr.name, gr.expected, gr.attended
 from council c left join groups gr on true where c.id = :'council' order by gr.name;
-- name: summary: surveys answered | role: app
select s.kind, exists (select 1 from survey_response r where r.survey_id = s.id
   and r.status = 'SUBMITTED' and r.tenant_id = any (array(select app_council_lineage(:'council'))))
 from survey s where s.published and s.opens_at >= :'from' and s.opens_at < :'to'
 and exists (select 1 from survey_audience(s.id) as a(council) where a.council = :'council');
-- name: summary: surveys answered, regional median (function) | role: app
select councils, median_share from survey_regional_median_answered_share(:'from'::date, :'to'::date);

-- name: regional table | role: reader
with expected as (select council_id, sum(seats) as seats
   from engagement_expected_seat where starts_at >= :'from' and starts_at < :'to' group by council_id),
 attended as (select a.tenant_id as council_id, count(*) as seats from attendance a
   join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id
   where s.starts_at >= :'from' and s.starts_at < :'to' and a.status in ('PRESENT', 'SUBSTITUTE') group by a.tenant_id),
 events as (select a.tenant_id as council_id, count(distinct a.meeting_id) as events from attendance a
   join engagement_meeting m on m.id = a.meeting_id where m.kind = 'EVENT' and m.starts_at >= :'from'
   and m.starts_at < :'to' and a.status in ('PRESENT', 'SUBSTITUTE') group by a.tenant_id),
 delegates as (select r.tenant_id as council_id, count(*) as delegates from event_registration r
   join engagement_meeting m on m.id = r.meeting_id where m.starts_at >= :'from' and m.starts_at < :'to'
   group by r.tenant_id)
 select c.id, c.name, c.kind, c.county_area, coalesce(e.seats, 0), coalesce(a.seats, 0),
 coalesce(ev.events, 0), coalesce(d.delegates, 0) from council c
 left join expected e on e.council_id = c.id left join attended a on a.council_id = c.id
 left join events ev on ev.council_id = c.id left join delegates d on d.council_id = c.id order by c.name;

-- name: framework: group-attendance (assembly) | role: reader
with expected as (select s.council_id, sum(s.seats) as seats
   from engagement_expected_seat s join engagement_group g on g.id = s.group_id
   where g.code = 'assembly' and s.starts_at >= :'from' and s.starts_at < :'to' group by s.council_id),
 attended as (select a.tenant_id as council_id, count(*) as seats from attendance a
   join engagement_expected_seat s on s.meeting_id = a.meeting_id and s.council_id = a.tenant_id
   join engagement_group g on g.id = s.group_id
   where g.code = 'assembly' and s.starts_at >= :'from' and s.starts_at < :'to' and a.status in ('PRESENT', 'SUBSTITUTE')
   group by a.tenant_id)
 select c.id, c.name, e.seats, least(coalesce(a.seats, 0), e.seats) from expected e
 join council c on c.id = e.council_id left join attended a on a.council_id = e.council_id order by c.name;
-- name: framework: evaluations-rated-good | role: reader
with overall as (select distinct on (q.survey_id) q.survey_id, q.id, q.options
   from survey_question q where q.type = 'RATING' order by q.survey_id, q.position)
 select r.tenant_id, m.title || ': ' || co.name, 'rated ' || a.value,
 array_position(o.options, a.value) > cardinality(o.options) - 2
 from engagement_meeting m join survey s on s.meeting_id = m.id and s.kind = 'EVALUATION' and s.published
 join overall o on o.survey_id = s.id
 join survey_response r on r.survey_id = s.id and r.status = 'SUBMITTED'
 join survey_answer a on a.response_id = r.id and a.question_id = o.id
 join council co on co.id = r.tenant_id
 where m.starts_at >= :'from' and m.starts_at < :'to' order by m.starts_at, m.id, co.name;
-- name: framework: survey-response-rate | role: reader
select a.council, s.title || ': ' || co.name,
 case when r.responded then 'responded' else 'not responded' end, r.responded
 from survey s cross join lateral survey_audience(s.id) as a(council) join council co on co.id = a.council
 cross join lateral (select exists (select 1 from survey_response x where x.survey_id = s.id
   and x.status = 'SUBMITTED' and x.tenant_id in (select app_council_lineage(a.council))) as responded) r
 where s.published and s.opens_at >= :'from' and s.opens_at < :'to'
 order by s.opens_at, s.id, co.name;
-- name: framework: councils-engaged-coaching | role: reader
select b.tenant_id, c.name, count(*) || ' confirmed places', true
 from coaching_booking b join coaching_session s on s.id = b.session_id join council c on c.id = b.tenant_id
 where b.status = 'CONFIRMED' and s.starts_at >= :'from' and s.starts_at < :'to' group by b.tenant_id, c.name order by c.name;
-- name: framework: talent-bank-gross-profit | role: reader
select d.tenant_id, a.name || ': ' || c.name || ', ' || to_char(d.delivered_on, 'DD Mon YYYY'),
 (d.charge_pence - d.cost_pence)::text, true
 from talent_bank_delivery d join talent_bank_request r on r.id = d.request_id
 join talent_bank_service s on s.id = r.service_id join talent_bank_area a on a.id = s.area_id
 join council c on c.id = d.tenant_id
 where d.delivered_on >= :'from'::date and d.delivered_on <= :'to'::date order by d.delivered_on, d.id;
-- name: framework: membership-invoices-paid | role: reader
select c.id, c.name, coalesce(lower(i.status), 'not invoiced'), coalesce(i.status = 'PAID', false) from council c
 left join billing_invoice i on i.tenant_id = c.id and i.source_ref = 'membership-' || :'fy'
 where c.status in ('ACTIVE', 'SUSPENDED') order by c.name;
