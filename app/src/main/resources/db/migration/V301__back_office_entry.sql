-- Issue 14 point 2: staff enter what happened on paper or before the platform. Each such record says who entered
-- it, from what source and when ("Entered by <name> from <source> on <date>"); platform records leave these empty.

-- The one wording of the label, for lists, exports and the records behind a figure.
create function app_entered_label(entered_by text, entered_from text, entered_on date) returns text
    language sql immutable as
$$ select case when entered_by is null then null
               else 'Entered by ' || entered_by || ' from ' || entered_from || ' on '
                    || to_char(entered_on, 'FMDD FMMonth YYYY') end $$;

alter table appraisal_request
    add column entered_by text check (length(entered_by) <= 200),
    add column entered_from text check (length(entered_from) <= 200),
    add column entered_on date,
    add constraint appraisal_request_entered_whole
        check ((entered_by is null) = (entered_from is null) and (entered_by is null) = (entered_on is null));

alter table coaching_booking
    add column entered_by text check (length(entered_by) <= 200),
    add column entered_from text check (length(entered_from) <= 200),
    add column entered_on date,
    add constraint coaching_booking_entered_whole
        check ((entered_by is null) = (entered_from is null) and (entered_by is null) = (entered_on is null));

alter table talent_bank_request
    add column entered_by text check (length(entered_by) <= 200),
    add column entered_from text check (length(entered_from) <= 200),
    add column entered_on date,
    add column invoice_reference text check (length(invoice_reference) <= 100),
    add constraint talent_bank_request_entered_whole
        check ((entered_by is null) = (entered_from is null) and (entered_by is null) = (entered_on is null));

-- shared: evaluation_paper_form counts of an event's paper evaluation forms by the rating given (1 very poor to 5 very good); paper forms are anonymous, with no council or person, so there is nothing of a council's to protect
create table evaluation_paper_form (
    id            bigint generated always as identity primary key,
    meeting_id    bigint not null references engagement_meeting (id),
    rating        int not null check (rating between 1 and 5),
    forms         int not null check (forms between 1 and 100000),
    entered_by    text not null check (length(entered_by) <= 200),
    entered_from  text not null check (length(entered_from) <= 200),
    entered_on    date not null,
    entered_at    timestamptz not null default now()
);
create index evaluation_paper_form_meeting_idx on evaluation_paper_form (meeting_id);
grant select, insert on evaluation_paper_form to eelga_app;
grant select on evaluation_paper_form to eelga_association_reader;
