-- shared: coaching_cohort the association's coaching programmes and cohorts are one catalogue offered to every council
create table coaching_cohort (
    id          bigint generated always as identity primary key,
    programme   text not null check (programme in ('ILM7', 'COACHING_IN_THE_WORKPLACE', 'CPD', 'CONFERENCE')),
    name        text not null unique,
    description text not null default ''
);

-- shared: coaching_session dates, places and prices of the association's sessions, the same for every council; the
-- confirmed_count is the number of confirmed places across all councils (no personal data, no council ids)
create table coaching_session (
    id                     bigint generated always as identity primary key,
    cohort_id              bigint not null references coaching_cohort (id),
    title                  text not null,
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    venue                  text not null,
    capacity               int not null check (capacity > 0),
    price_pence            bigint not null default 0 check (price_pence >= 0),
    allowance_per_council  int check (allowance_per_council is null or allowance_per_council > 0),
    cancellation_cutoff    timestamptz not null,
    confirmed_count        int not null default 0 check (confirmed_count >= 0),
    check (ends_at > starts_at),
    check (cancellation_cutoff <= starts_at)
);
create index coaching_session_cohort_idx on coaching_session (cohort_id, starts_at);

grant select, insert, update on coaching_cohort, coaching_session to eelga_app;
grant select on coaching_cohort, coaching_session to eelga_association_reader;

-- A council's booking of one named delegate on a session (tenant-owned).
create table coaching_booking (
    id                 bigint generated always as identity primary key,
    tenant_id          text not null references council (id),
    session_id         bigint not null references coaching_session (id),
    delegate_name      text not null check (length(delegate_name) between 1 and 200),
    delegate_email     text not null check (length(delegate_email) between 3 and 320),
    status             text not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    price_pence        bigint not null check (price_pence >= 0),
    booked_by_subject  text not null,
    booked_by_email    text not null,
    booked_at          timestamptz not null,
    confirmed_at       timestamptz,
    cancelled_at       timestamptz,
    attended           boolean,
    completed          boolean not null default false
);
create index coaching_booking_tenant_idx on coaching_booking (tenant_id);
create index coaching_booking_session_idx on coaching_booking (session_id, status);

alter table coaching_booking enable row level security;
alter table coaching_booking force row level security;
create policy coaching_booking_own_council on coaching_booking
    using (tenant_id = app_current_tenant())
    with check (tenant_id = app_current_tenant());
create policy coaching_booking_lineage_read on coaching_booking
    for select using (app_tenant_readable(tenant_id));
create policy coaching_booking_association_read on coaching_booking
    for select to eelga_association_reader using (true);

grant select, insert, update on coaching_booking to eelga_app;
grant select on coaching_booking to eelga_association_reader;

-- shared: coaching_waitlist the order of waitlisted bookings across councils, ids only (no names or emails), so that a
-- freed place goes to the first in line whichever council it belongs to; a council's people never read it directly
create table coaching_waitlist (
    position    bigint generated always as identity primary key,
    session_id  bigint not null references coaching_session (id),
    tenant_id   text not null references council (id),
    booking_id  bigint not null unique
);
create index coaching_waitlist_session_idx on coaching_waitlist (session_id, position);

grant select, insert, delete on coaching_waitlist to eelga_app;
grant select on coaching_waitlist to eelga_association_reader;
