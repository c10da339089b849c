-- Issue 14 point 1: the association keeps its Talent Bank catalogue, its associates' day rates (dated) and the
-- membership fees itself, on console pages and through the API (every change audited).

-- shared: talent_bank_associate_rate the association's consultants' cost and charge day rates from a date, the same for every council (no council data)
create table talent_bank_associate_rate (
    id                      bigint generated always as identity primary key,
    associate_id            bigint not null references talent_bank_associate (id),
    valid_from              date not null,
    cost_day_rate_pence     bigint not null check (cost_day_rate_pence between 0 and 100000000),
    charge_day_rate_pence   bigint not null check (charge_day_rate_pence between 0 and 100000000),
    recorded_by             text not null,
    recorded_at             timestamptz not null default now(),
    unique (associate_id, valid_from)
);
grant select, insert, update on talent_bank_associate_rate to eelga_app;
grant select on talent_bank_associate_rate to eelga_association_reader;

-- the rates associates already have hold from the start of time until staff date a new one
insert into talent_bank_associate_rate (associate_id, valid_from, cost_day_rate_pence, charge_day_rate_pence,
                                        recorded_by)
select id, date '2000-01-01', cost_day_rate_pence, charge_day_rate_pence, 'migration V300'
from talent_bank_associate;

-- staff now write the fees (shared: see V062) instead of a migration
grant insert, update on billing_membership_fee to eelga_app;
