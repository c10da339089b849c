-- Talent Bank catalogue: the association's commercial offer by area, its associates and its gross-profit targets.

-- shared: talent_bank_area the association's service areas, the same for every council
create table talent_bank_area (
    id          text primary key,
    name        text not null unique,
    sort_order  int not null
);

-- shared: talent_bank_service the association's catalogue that every council may request from
create table talent_bank_service (
    id                      bigint generated always as identity primary key,
    area_id                 text not null references talent_bank_area (id),
    name                    text not null,
    description             text not null,
    indicative_day_rate_pence bigint not null check (indicative_day_rate_pence >= 0),
    active                  boolean not null default true,
    unique (area_id, name)
);

-- shared: talent_bank_associate the association's consultants, with their cost and charge day rates
create table talent_bank_associate (
    id                      bigint generated always as identity primary key,
    name                    text not null,
    email                   text not null unique,
    area_id                 text not null references talent_bank_area (id),
    cost_day_rate_pence     bigint not null check (cost_day_rate_pence >= 0),
    charge_day_rate_pence   bigint not null check (charge_day_rate_pence >= 0),
    active                  boolean not null default true
);

-- shared: talent_bank_target the association's gross-profit targets per financial year (area null = whole bank)
create table talent_bank_target (
    id                  bigint generated always as identity primary key,
    financial_year      text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
    area_id             text references talent_bank_area (id),
    gross_profit_pence  bigint not null check (gross_profit_pence >= 0),
    unique nulls not distinct (financial_year, area_id)
);

grant select on talent_bank_area, talent_bank_service, talent_bank_associate, talent_bank_target
    to eelga_app, eelga_association_reader;
grant insert, update on talent_bank_service, talent_bank_associate, talent_bank_target to eelga_app;

insert into talent_bank_area (id, name, sort_order) values
    ('public-service-reform', 'Public service reform', 1),
    ('commercialisation', 'Commercialisation', 2),
    ('asset-management', 'Asset management', 3),
    ('hr-od', 'HR and organisational development', 4),
    ('procurement', 'Procurement support', 5);

-- The performance framework 2017-18: "contributing to the overall Talent Bank target (£205K)".
insert into talent_bank_target (financial_year, area_id, gross_profit_pence) values ('2017-18', null, 20500000);
