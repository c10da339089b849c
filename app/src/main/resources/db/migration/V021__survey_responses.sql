-- A council's answer to a survey (tenant-owned). Non-anonymous responses say who started and who submitted them;
-- anonymous ones carry no person at all (respondent columns null, enforced below) and only the day of submission.
create table survey_response (
    id              bigint generated always as identity primary key,
    tenant_id       text not null references council (id),
    survey_id       bigint not null references survey (id),
    -- PER_COUNCIL responses are unique per council; copied from the survey so the database can enforce it
    per_council     boolean not null,
    anonymous       boolean not null,
    respondent      text,
    respondent_name text,
    submitted_by    text,
    status          text not null check (status in ('DRAFT', 'SUBMITTED')),
    updated_at      timestamptz,
    submitted_on    date,
    check ((status = 'SUBMITTED') = (submitted_on is not null)),
    check (not anonymous or (respondent is null and respondent_name is null and submitted_by is null
        and updated_at is null))
);
create index survey_response_tenant_idx on survey_response (tenant_id);
create index survey_response_survey_idx on survey_response (survey_id);
create unique index survey_response_one_per_council on survey_response (survey_id, tenant_id) where per_council;
create unique index survey_response_one_per_person on survey_response (survey_id, respondent)
    where not per_council and respondent is not null;

create table survey_answer (
    id          bigint generated always as identity primary key,
    tenant_id   text not null references council (id),
    response_id bigint not null references survey_response (id) on delete cascade,
    question_id bigint not null references survey_question (id),
    value       text not null check (length(value) between 1 and 10000),
    unique (response_id, question_id, value)
);
create index survey_answer_tenant_idx on survey_answer (tenant_id);
create index survey_answer_response_idx on survey_answer (response_id);
create index survey_answer_question_idx on survey_answer (question_id);

-- Who has taken part in an anonymous survey (to stop anyone answering twice), kept apart from the responses:
-- no response id, no time of day, so a participation cannot be matched to a response.
create table survey_participation (
    tenant_id   text not null references council (id),
    survey_id   bigint not null references survey (id),
    subject     text not null,
    primary key (survey_id, subject)
);
create index survey_participation_tenant_idx on survey_participation (tenant_id);

-- Evaluation invitations e-mailed to an event's attendees: once per survey and address (tenant-owned).
create table survey_invitation (
    id          bigint generated always as identity primary key,
    tenant_id   text not null references council (id),
    survey_id   bigint not null references survey (id),
    email       text not null check (length(email) <= 254),
    sent_at     timestamptz not null default now(),
    unique (survey_id, tenant_id, email)
);
create index survey_invitation_tenant_idx on survey_invitation (tenant_id);

-- shared: survey_reminder the association's log of reminder rounds (when, by whom, how many councils and
-- addresses); it names no council.
create table survey_reminder (
    id          bigint generated always as identity primary key,
    survey_id   bigint not null references survey (id) on delete cascade,
    sent_at     timestamptz not null default now(),
    sent_by     text not null,
    councils    int not null,
    recipients  int not null
);
grant select, insert on survey_reminder to eelga_app;
grant select on survey_reminder to eelga_association_reader;

do $$
declare t text;
begin
    foreach t in array array['survey_response', 'survey_answer', 'survey_participation', 'survey_invitation'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = app_current_tenant())'
            || ' with check (tenant_id = app_current_tenant())', t || '_own_council', t);
        execute format('create policy %I on %I for select using (app_tenant_readable(tenant_id))',
            t || '_lineage_read', t);
        execute format('create policy %I on %I for select to eelga_association_reader using (true)',
            t || '_association_read', t);
        execute format('grant select on %I to eelga_association_reader', t);
    end loop;
end $$;
grant select, insert, update, delete on survey_response, survey_answer to eelga_app;
grant select, insert on survey_participation, survey_invitation to eelga_app;
