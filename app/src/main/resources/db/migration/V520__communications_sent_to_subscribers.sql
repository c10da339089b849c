-- Member communications sent through the platform (issue 16, point 5 done properly). Staff write a communication
-- for an audience (every council, the counties and unitaries, or named councils) and send it: the councils it went
-- to are fixed when it is sent (sent_to), and it is emailed, off the request, to each person of those councils who
-- has signed in and has not turned its topic off. Each email is the council's own row (communication_delivery,
-- unique per person), written in the transaction that sends it, so a retry never sends one twice. Reads are counted
-- from people opening it in the portal (communication_read), never from tracking pixels. What a person chooses to
-- receive is their council's row (communication_subscription); no row means the topic is on.

alter table communication
    add column audience text check (audience in ('ALL_COUNCILS', 'COUNTIES_UNITARIES', 'NAMED_COUNCILS')),
    add column named_councils text[],
    add column sent_to text[],
    add column send_requested_at timestamptz,
    add column send_requested_by text,
    add column delivered_at timestamptz,
    alter column published_on drop not null;
-- a communication recorded by hand (no audience) has its day; one written to send has it once it is sent
alter table communication add constraint communication_sent_or_recorded check (
    (audience is null and published_on is not null and send_requested_at is null)
    or (audience is not null and (send_requested_at is null) = (published_on is null)
        and (send_requested_at is null) = (sent_to is null)));
alter table communication add constraint communication_named check (
    (audience = 'NAMED_COUNCILS') = (named_councils is not null and cardinality(named_councils) > 0));
create index communication_sending_idx on communication (send_requested_at) where delivered_at is null;

-- staff keep drafts (what, to whom) and send them; the sending job marks a communication delivered
grant update (kind, topic, title, summary, link, audience, named_councils, sent_to, send_requested_at, recipients,
              send_requested_by, published_on, delivered_at) on communication to eelga_app;

create table communication_subscription (
    id          bigint generated always as identity primary key,
    tenant_id   text not null references council (id),
    subject     text not null check (length(subject) between 1 and 255),
    topic       text not null check (topic in ('GENERAL', 'INFRASTRUCTURE', 'HOUSING', 'FINANCE', 'WORKFORCE',
                                               'HEALTH_CARE', 'EUROPE')),
    subscribed  boolean not null,
    changed_at  timestamptz not null,
    unique (tenant_id, subject, topic)
);
create index communication_subscription_tenant_idx on communication_subscription (tenant_id);
alter table communication_subscription enable row level security;
alter table communication_subscription force row level security;
select app_tenant_owned_policies('communication_subscription');
grant select, insert, update on communication_subscription to eelga_app;

create table communication_delivery (
    id                bigint generated always as identity primary key,
    tenant_id         text not null references council (id),
    communication_id  bigint not null references communication (id),
    subject           text not null check (length(subject) between 1 and 255),
    email             text not null check (length(email) between 3 and 320),
    sent_at           timestamptz not null,
    unique (communication_id, tenant_id, subject)
);
create index communication_delivery_tenant_idx on communication_delivery (tenant_id, communication_id);
alter table communication_delivery enable row level security;
alter table communication_delivery force row level security;
select app_tenant_owned_policies('communication_delivery');
grant select, insert on communication_delivery to eelga_app;

create table communication_read (
    id                bigint generated always as identity primary key,
    tenant_id         text not null references council (id),
    communication_id  bigint not null references communication (id),
    subject           text not null check (length(subject) between 1 and 255),
    read_at           timestamptz not null,
    unique (communication_id, tenant_id, subject)
);
create index communication_read_tenant_idx on communication_read (tenant_id, communication_id);
alter table communication_read enable row level security;
alter table communication_read force row level security;
select app_tenant_owned_policies('communication_read');
grant select, insert on communication_read to eelga_app;
