-- shared: survey the association's surveys (perception surveys, event evaluations, canvasses) are the same for
-- every council they address; only association staff (through the platform) create and change them.
create table survey (
    id          bigint generated always as identity primary key,
    title       text not null check (length(title) between 1 and 200),
    description text not null default '' check (length(description) <= 5000),
    kind        text not null check (kind in ('PERCEPTION', 'EVALUATION', 'CANVASS', 'OTHER')),
    audience    text not null check (audience in ('ALL_COUNCILS', 'COUNTIES_AND_UNITARIES', 'GROUP', 'EVENT_ATTENDEES')),
    group_id    bigint references engagement_group (id),
    meeting_id  bigint references engagement_meeting (id),
    -- PER_COUNCIL: one response per council (anyone in the council may finish it); PER_PERSON: one per person
    mode        text not null check (mode in ('PER_COUNCIL', 'PER_PERSON')),
    -- anonymous: no response carries a person; who took part is kept apart in survey_participation
    anonymous   boolean not null default false,
    opens_at    timestamptz not null,
    closes_at   timestamptz not null,
    published   boolean not null default false,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    check (closes_at > opens_at),
    check ((audience = 'GROUP') = (group_id is not null)),
    check ((audience = 'EVENT_ATTENDEES') = (meeting_id is not null))
);
create index survey_opens_idx on survey (opens_at);
create index survey_meeting_idx on survey (meeting_id);

-- shared: survey_section the sections of a shared survey.
create table survey_section (
    id          bigint generated always as identity primary key,
    survey_id   bigint not null references survey (id) on delete cascade,
    position    int not null,
    title       text not null check (length(title) between 1 and 200),
    unique (survey_id, position)
);

-- shared: survey_question the questions of a shared survey; options are the choices or the rating scale's
-- labels, worst first. show_if_*: ask this question only when an earlier question's answer equals the value.
create table survey_question (
    id               bigint generated always as identity primary key,
    survey_id        bigint not null references survey (id) on delete cascade,
    section_id       bigint not null references survey_section (id) on delete cascade,
    position         int not null,
    text             text not null check (length(text) between 1 and 500),
    type             text not null check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'YES_NO', 'NUMBER', 'FREE_TEXT')),
    required         boolean not null default false,
    options          text[] not null default '{}',
    show_if_question bigint references survey_question (id) on delete set null,
    show_if_answer   text,
    unique (survey_id, position),
    check ((show_if_question is null) = (show_if_answer is null))
);

grant select on survey, survey_section, survey_question to eelga_app, eelga_association_reader;
grant insert, update, delete on survey, survey_section, survey_question to eelga_app;
