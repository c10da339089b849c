-- shared: measure_value manual figures for regional framework measures, entered by association staff and
-- accepted by an association admin; association data, history kept (rows are never deleted).
create table measure_value (
    id                    bigint generated always as identity primary key,
    measure_id            bigint not null references framework_measure (id) on delete cascade,
    period_code           text not null,
    value                 numeric(18, 2),
    value_date            date,
    rag                   text not null check (rag in ('RED', 'AMBER', 'GREEN', 'NOT_RATED')),
    commentary            text not null,
    red_note              text,
    evidence_link         text,
    evidence_file_name    text,
    evidence_content_type text,
    evidence_file         bytea,
    status                text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    entered_by            text not null,
    entered_at            timestamptz not null default now(),
    decided_by            text,
    decided_at            timestamptz,
    check (rag <> 'RED' or (red_note is not null and length(trim(red_note)) > 0))
);
create index measure_value_measure_idx on measure_value (measure_id, period_code);

grant select, insert, update on measure_value to eelga_app;
grant select on measure_value to eelga_association_reader;
