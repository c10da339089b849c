-- Follow-up commitments (issue 16, point 6): what the association committed to do for a council, by when, and when
-- it was done, so "councils are contacted within the specified time period following the Peer Challenge" and
-- "100% of requests for interventions of the Joint Secretaries are responded to" compute from records.
-- Tenant-owned: a commitment is to one council, and that council sees its own.
create table follow_up_commitment (
    id            bigint generated always as identity primary key,
    tenant_id     text not null references council (id),
    kind          text not null check (kind in ('PEER_CHALLENGE_CONTACT', 'JOINT_SECRETARIES', 'OTHER')),
    what          text not null check (length(what) between 1 and 500),
    arose_on      date not null,
    due_on        date not null,
    done_on       date,
    done_note     text check (length(done_note) <= 500),
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    check (due_on >= arose_on),
    check (done_on is null or done_on >= arose_on)
);
create index follow_up_commitment_tenant_due_idx on follow_up_commitment (tenant_id, due_on);
create index follow_up_commitment_due_idx on follow_up_commitment (due_on);

alter table follow_up_commitment enable row level security;
alter table follow_up_commitment force row level security;
select app_tenant_owned_policies('follow_up_commitment');
grant select, insert, update on follow_up_commitment to eelga_app;
