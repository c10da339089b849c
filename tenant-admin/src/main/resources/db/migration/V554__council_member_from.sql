-- The day a council's membership began. A council onboarded today was not a member of 2017-18: without this date the
-- register's current state was read into every past period (a council onboarded in 2026 made 2017-18's membership
-- "53 of 52" and added seats nobody expected to 2017's meetings). Every council onboarded from now on is a member
-- from the day its row is made (the default); the councils already on the register, the 52 members of 2017-18 and
-- those added before this column, were members before the platform's records begin: null, a member throughout.
alter table council add column member_from date;
alter table council alter column member_from set default ((now() at time zone 'Europe/London')::date);
comment on column council.member_from is
    'First day of membership; null: a member since before the platform''s records begin';
