-- The HR helpline (issue 16, point 1): a council's people raise HR questions, the association's advisers answer,
-- ask back and close; both sides see the thread. Tenant-owned: a query and its messages are the council's rows.
-- The service level is stated per query when it is raised (first response and resolution due), so a figure for a
-- closed period never changes when the stated level changes later.
create table helpline_query (
    id                    bigint generated always as identity primary key,
    tenant_id             text not null references council (id),
    category              text not null check (category in ('PAY', 'TUPE', 'EMPLOYMENT_LAW', 'PENSIONS',
                                                            'BENCHMARKING', 'OTHER')),
    subject               text not null check (length(subject) between 1 and 200),
    raised_by_subject     text not null,
    raised_by_name        text not null,
    raised_by_email       text not null,
    raised_at             timestamptz not null,
    status                text not null check (status in ('AWAITING_ADVISER', 'AWAITING_COUNCIL', 'ANSWERED',
                                                          'CLOSED')),
    first_response_due    timestamptz not null,
    resolution_due        timestamptz not null,
    first_response_at     timestamptz,
    closed_at             timestamptz,
    closed_by_name        text,
    satisfaction          smallint check (satisfaction between 1 and 5),
    satisfaction_comment  text check (length(satisfaction_comment) <= 2000),
    rated_at              timestamptz,
    check (first_response_due > raised_at and resolution_due >= first_response_due),
    check ((status = 'CLOSED') = (closed_at is not null)),
    check (satisfaction is null or status = 'CLOSED'),
    check ((satisfaction is null) = (rated_at is null))
);
create index helpline_query_tenant_raised_idx on helpline_query (tenant_id, raised_at);
create index helpline_query_raised_idx on helpline_query (raised_at);

alter table helpline_query enable row level security;
alter table helpline_query force row level security;
select app_tenant_owned_policies('helpline_query');
grant select, insert, update on helpline_query to eelga_app;

-- One message of a query's thread: the question, an adviser's answer or question back, the council's reply, a
-- closing note. Append-only for the application (no update or delete grant).
create table helpline_message (
    id            bigint generated always as identity primary key,
    tenant_id     text not null references council (id),
    query_id      bigint not null references helpline_query (id) on delete cascade,
    side          text not null check (side in ('COUNCIL', 'ADVISER')),
    kind          text not null check (kind in ('QUESTION', 'ANSWER', 'ASK_BACK', 'REPLY', 'CLOSING')),
    author_name   text not null,
    author_email  text not null,
    body          text not null check (length(body) between 1 and 10000),
    written_at    timestamptz not null
);
create index helpline_message_tenant_query_idx on helpline_message (tenant_id, query_id);

alter table helpline_message enable row level security;
alter table helpline_message force row level security;
select app_tenant_owned_policies('helpline_message');
grant select, insert on helpline_message to eelga_app;
