-- shared: framework the association's performance framework for a year is the association's own data; every
-- council's people may read it, only association staff change it (checked in the service layer).
create table framework (
    id          bigint generated always as identity primary key,
    year_label  text not null unique,
    title       text not null,
    source      text not null
);

-- shared: framework_theme part of the association's framework (see framework).
create table framework_theme (
    id            bigint generated always as identity primary key,
    framework_id  bigint not null references framework (id) on delete cascade,
    number        text not null,
    title         text not null,
    position      int not null
);
create index framework_theme_framework_idx on framework_theme (framework_id);

-- shared: framework_outcome part of the association's framework (see framework).
create table framework_outcome (
    id        bigint generated always as identity primary key,
    theme_id  bigint not null references framework_theme (id) on delete cascade,
    number    text,
    text      text not null,
    position  int not null
);
create index framework_outcome_theme_idx on framework_outcome (theme_id);

-- shared: framework_action part of the association's framework (see framework).
create table framework_action (
    id           bigint generated always as identity primary key,
    outcome_id   bigint not null references framework_outcome (id) on delete cascade,
    number       text,
    text         text not null,
    mechanism    text,
    service_area text not null check (service_area in ('CORE', 'COMMERCIAL')),
    commentary   text,
    position     int not null
);
create index framework_action_outcome_idx on framework_action (outcome_id);

-- shared: framework_measure part of the association's framework (see framework); the targets are regional.
create table framework_measure (
    id                   bigint generated always as identity primary key,
    action_id            bigint not null references framework_action (id) on delete cascade,
    description          text not null,
    target_type          text not null check (target_type in ('PERCENT', 'COUNT', 'MONEY', 'YES_NO', 'DATE')),
    target_value         numeric(18, 2),
    target_date          date,
    baseline             numeric(18, 2),
    baseline_note        text,
    monitoring_frequency text not null,
    data_source          text,
    owner                text,
    direction            text not null default 'HIGHER_IS_BETTER'
                             check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    amber_tolerance      numeric(18, 2) not null default 0 check (amber_tolerance >= 0),
    live_kind            text,
    live_parameters      text,
    position             int not null
);
create index framework_measure_action_idx on framework_measure (action_id);

grant select, insert, update, delete on framework, framework_theme, framework_outcome, framework_action,
    framework_measure to eelga_app;
grant select on framework, framework_theme, framework_outcome, framework_action, framework_measure
    to eelga_association_reader;
