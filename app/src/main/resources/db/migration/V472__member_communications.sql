-- Member communications (issue 16, point 5): what the association sent and published (e-bulletins, case studies,
-- Chairman's briefs, policy and funding bulletins, member briefings, letters and submissions to Government) and the
-- briefings it prepared for meetings: for the Chairman before each meeting of the national LGA Executive, and for
-- the members before a meeting of one of its own groups. Both tables are the association's records, the same for
-- every council; councils read the published archive, staff keep it.

-- shared: lga_executive_meeting the national LGA Executive's meeting dates, which the association records
create table lga_executive_meeting (
    id           bigint generated always as identity primary key,
    meets_on     date not null unique,
    note         text check (length(note) <= 500),
    recorded_by  text not null,
    recorded_at  timestamptz not null
);

-- shared: communication the association's publications and briefings, the same for every council
create table communication (
    id                        bigint generated always as identity primary key,
    kind                      text not null check (kind in ('E_BULLETIN', 'CASE_STUDY', 'CHAIRMANS_BRIEF',
                                                            'POLICY_FUNDING_BULLETIN', 'MEMBER_BRIEFING',
                                                            'GOVERNMENT_SUBMISSION', 'EXECUTIVE_BRIEFING',
                                                            'MEETING_BRIEFING')),
    topic                     text not null check (topic in ('GENERAL', 'INFRASTRUCTURE', 'HOUSING', 'FINANCE',
                                                             'WORKFORCE', 'HEALTH_CARE', 'EUROPE')),
    title                     text not null check (length(title) between 1 and 200),
    summary                   text not null check (length(summary) between 1 and 5000),
    link                      text check (link is null or (length(link) <= 2000 and link ~ '^https?://')),
    published_on              date not null,
    recipients                int not null default 0 check (recipients between 0 and 1000000),
    lga_executive_meeting_id  bigint references lga_executive_meeting (id),
    meeting_id                bigint references engagement_meeting (id),
    recorded_by               text not null,
    recorded_at               timestamptz not null,
    check ((kind = 'EXECUTIVE_BRIEFING') = (lga_executive_meeting_id is not null)),
    check ((kind = 'MEETING_BRIEFING') = (meeting_id is not null))
);
create index communication_published_idx on communication (kind, published_on);

grant select on lga_executive_meeting, communication to eelga_app, eelga_association_reader;
grant insert on lga_executive_meeting, communication to eelga_app;
