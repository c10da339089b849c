-- shared: association_access_log records the association's own reads across councils (who, when, why);
-- it holds no council's data. The application may only append to it.
create table association_access_log (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default now(),
    actor_subject text not null,
    actor_email   text not null,
    purpose       text not null
);

grant insert on association_access_log to eelga_app;
grant select on association_access_log to eelga_association_reader;
