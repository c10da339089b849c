-- shared: framework_period_close the frozen figures of a closed quarter of the association's framework
-- (regional figures and the evidence behind them); reopening keeps the row and is audited.
create table framework_period_close (
    id            bigint generated always as identity primary key,
    framework_id  bigint not null references framework (id) on delete cascade,
    period_code   text not null,
    snapshot      text not null,
    closed_by     text not null,
    closed_at     timestamptz not null default now(),
    reopened_by   text,
    reopened_at   timestamptz,
    reopen_reason text
);
create unique index framework_period_close_open_idx on framework_period_close (framework_id, period_code)
    where reopened_at is null;

grant select, insert, update on framework_period_close to eelga_app;
grant select on framework_period_close to eelga_association_reader;
