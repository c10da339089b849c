-- Demo member communications (demo data only, never in production). 2017-18 as the framework's commentary reports
-- it: a monthly e-bulletin to 2,535 recipients (12), ten case studies, twenty policy and funding e-bulletins, a
-- Brexit briefing for members, five infrastructure lobbying letters and submissions and one housing letter; the LGA
-- Executive met on 15 Jun, 20 Jul, 14 Sep, 19 Oct, 12 Dec 2017 and 25 Jan 2018 with a briefing for the Chairman
-- before each except 12 December. Each later year: 11 e-bulletins, 6 case studies, 4 Chairman's briefs (the 2019-20
-- plan's targets), six LGA Executive meetings, each briefed a few days before. Briefings for the association's own
-- group meetings are not here: those meetings are made by the demo loaders after the migrations run.
insert into lga_executive_meeting (meets_on, note, recorded_by, recorded_at)
select d, null, 'staff@eelga.demo', d::timestamp at time zone 'Europe/London'
from unnest(array['2017-06-15', '2017-07-20', '2017-09-14', '2017-10-19', '2017-12-12', '2018-01-25']::date[]) d;

insert into communication (kind, topic, title, summary, link, published_on, recipients, lga_executive_meeting_id,
                           recorded_by, recorded_at)
select 'EXECUTIVE_BRIEFING', 'GENERAL', 'Briefing for the Chairman: LGA Executive ' || to_char(x.meets_on, 'DD Mon YYYY'),
       'Key issues for the East of England ahead of the LGA Executive.', null, x.meets_on - 3, 1, x.id,
       'staff@eelga.demo', (x.meets_on - 3)::timestamp at time zone 'Europe/London'
from lga_executive_meeting x where x.meets_on <> date '2017-12-12';

-- 2017-18 publications
insert into communication (kind, topic, title, summary, link, published_on, recipients, recorded_by, recorded_at)
select 'E_BULLETIN', 'GENERAL', 'EELGA e-bulletin, ' || to_char(d, 'FMMonth YYYY'),
       'News from the association and member councils, events and Talent Bank opportunities.',
       'https://www.eelga.gov.uk/news', d, 2535, 'staff@eelga.demo', d::timestamp at time zone 'Europe/London'
from generate_series(date '2017-04-10', date '2018-03-10', interval '1 month') g(d0) cross join lateral (select d0::date as d) x
union all
select 'CASE_STUDY', 'GENERAL', t, 'A member council''s practice promoted through the e-bulletin, Twitter and LinkedIn.',
       null, date '2017-05-01' + (i::int * 33), 0, 'staff@eelga.demo', (date '2017-05-01' + (i::int * 33))::timestamp at time zone 'Europe/London'
from unnest(array['Shared legal service across Norfolk', 'Apprenticeship levy pooling in Essex',
    'Digital customer services in Ipswich', 'A housing company in Cambridge', 'Joint waste partnership in Suffolk',
    'Social prescribing in Luton', 'Commercial property investment in Broxbourne', 'Shared HR service in Breckland',
    'Community energy in Huntingdonshire', 'Workforce planning in Hertfordshire']) with ordinality as c(t, i)
union all
select 'POLICY_FUNDING_BULLETIN', case when i % 2 = 0 then 'EUROPE' else 'GENERAL' end,
       case when i % 2 = 0 then 'Funding e-bulletin ' else 'Policy e-bulletin ' end || i,
       'Policy developments and funding opportunities for member councils.', null,
       date '2017-04-20' + (i * 15), 640, 'staff@eelga.demo', (date '2017-04-20' + (i * 15))::timestamp at time zone 'Europe/London'
from generate_series(1, 20) i
union all
select 'MEMBER_BRIEFING', 'EUROPE', 'Brexit: what councils need to know', 'Preparedness information for member councils.',
       null, date '2017-11-06', 310, 'staff@eelga.demo', timestamp '2017-11-06 10:00' at time zone 'Europe/London'
union all
select 'GOVERNMENT_SUBMISSION', 'INFRASTRUCTURE', t, 'Lobbying on strategically significant infrastructure schemes.', null,
       d, 0, 'staff@eelga.demo', d::timestamp at time zone 'Europe/London'
from (values ('Letter to the Department for Transport', date '2017-07-12'),
             ('Letter to the National Infrastructure Commission', date '2017-09-05'),
             ('Autumn Statement submission', date '2017-09-28'),
             ('Meeting with DfT: note of the region''s case', date '2017-10-17'),
             ('Follow-up meeting with DfT civil servants and Essex', date '2017-11-21')) s(t, d)
union all
select 'GOVERNMENT_SUBMISSION', 'HOUSING', 'Letter to the Minister for Housing', 'The region''s housing barriers and the tools to tackle them.',
       null, date '2017-07-03', 0, 'staff@eelga.demo', timestamp '2017-07-03 10:00' at time zone 'Europe/London';

-- each later year to now: the 2019-20 plan's rhythm, and six briefed LGA Executive meetings
do $$
declare
    y int;
    d date;
    x bigint;
begin
    for y in 2018 .. extract(year from current_date)::int loop
        for m in 0 .. 10 loop
            d := make_date(y, 4, 12) + (m * 31);
            if d <= current_date then
                insert into communication (kind, topic, title, summary, link, published_on, recipients, recorded_by, recorded_at)
                values ('E_BULLETIN', 'GENERAL', 'EELGA e-bulletin, ' || to_char(d, 'FMMonth YYYY'),
                        'News from the association and member councils.', 'https://www.eelga.gov.uk/news', d,
                        2400 + (y - 2018) * 40, 'staff@eelga.demo', d::timestamp at time zone 'Europe/London');
            end if;
        end loop;
        for m in 0 .. 5 loop
            d := make_date(y, 5, 3) + (m * 55);
            if d <= current_date then
                insert into communication (kind, topic, title, summary, published_on, recipients, recorded_by, recorded_at)
                values ('CASE_STUDY', 'GENERAL', 'Case study ' || y || '-' || (m + 1), 'A member council''s practice.',
                        d, 0, 'staff@eelga.demo', d::timestamp at time zone 'Europe/London');
            end if;
        end loop;
        for m in 0 .. 3 loop
            d := make_date(y, 6, 20) + (m * 91);
            if d <= current_date then
                insert into communication (kind, topic, title, summary, published_on, recipients, recorded_by, recorded_at)
                values ('CHAIRMANS_BRIEF', 'GENERAL', 'Chairman''s brief ' || y || ' no. ' || (m + 1),
                        'The Chairman''s round-up for leaders and chief executives.', d, 104, 'staff@eelga.demo',
                        d::timestamp at time zone 'Europe/London');
            end if;
        end loop;
        for m in 0 .. 5 loop
            d := make_date(y, 6, 14) + (m * 49);
            insert into lga_executive_meeting (meets_on, recorded_by, recorded_at)
            values (d, 'staff@eelga.demo', (d - 60)::timestamp at time zone 'Europe/London') returning id into x;
            if d - 4 <= current_date then
                insert into communication (kind, topic, title, summary, published_on, recipients,
                                           lga_executive_meeting_id, recorded_by, recorded_at)
                values ('EXECUTIVE_BRIEFING', 'GENERAL', 'Briefing for the Chairman: LGA Executive '
                        || to_char(d, 'DD Mon YYYY'), 'Key issues for the East of England.', d - 4, 1, x,
                        'staff@eelga.demo', (d - 4)::timestamp at time zone 'Europe/London');
            end if;
        end loop;
    end loop;
end
$$;
