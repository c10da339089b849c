-- shared: council the register of member councils is the tenant list itself: every council's people read
-- their own row through the platform, association staff read all; only the schema owner writes it.
create table council (
    id                  text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 60),
    name                text not null unique,
    kind                text not null check (kind in ('COUNTY', 'UNITARY', 'DISTRICT')),
    county_area         text not null,
    status              text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'LEFT')),
    reorganisation_note text
);

grant select on council to eelga_app, eelga_association_reader;
