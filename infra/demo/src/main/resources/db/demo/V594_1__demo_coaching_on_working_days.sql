-- The demo's coaching sessions fall on working days and at the hour they were planned, as the association's do.
-- V042 drew them on fixed dates, so some years put a workshop or the conference on a Saturday or Sunday, and it
-- spaced a cohort's days by adding weeks in UTC, so a day after the clocks change started an hour early or late.
-- Each cohort day now starts at its cohort's first day's London time, and a weekend session moves to the nearest
-- weekday in its month (Saturday to the Friday before, Sunday to the Monday after, the other way at a month's edge),
-- with its end and cancellation cut-off. A session that has taken place stays in the past and one to come stays to
-- come, so the attendance recorded for it still fits.
with local as (
    select s.id,
           s.starts_at at time zone 'Europe/London' as starts,
           first_value(s.starts_at at time zone 'Europe/London') over (partition by s.cohort_id order by s.starts_at)
               as cohort_starts,
           c.programme
    from coaching_session s
    join coaching_cohort c on c.id = s.cohort_id
),
planned as (
    select id,
           case when programme in ('ILM7', 'COACHING_IN_THE_WORKPLACE')
                then date_trunc('day', starts) + (cohort_starts - date_trunc('day', cohort_starts))
                else starts
           end as starts
    from local
),
weekday as (
    select id, starts,
           case extract(isodow from starts)
               when 6 then case when extract(month from starts - interval '1 day') = extract(month from starts)
                                then interval '-1 day' else interval '2 days' end
               when 7 then case when extract(month from starts + interval '1 day') = extract(month from starts)
                                then interval '1 day' else interval '-2 days' end
               else interval '0'
           end as shift
    from planned
),
moves as (
    select w.id, ((w.starts + w.shift) at time zone 'Europe/London') - s.starts_at as delta
    from weekday w
    join coaching_session s on s.id = w.id
)
update coaching_session s
set starts_at = s.starts_at + m.delta,
    ends_at = s.ends_at + m.delta,
    cancellation_cutoff = s.cancellation_cutoff + m.delta
from moves m
where m.id = s.id
  and m.delta <> interval '0'
  and (s.starts_at < now()) = (s.starts_at + m.delta < now());
