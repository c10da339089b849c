-- A council's survey return entered from paper or email in error (the wrong council or survey, typed twice) is
-- withdrawn, not deleted: the row and its answers stay, with who withdrew it, when and why, and its status becomes
-- WITHDRAWN, which every figure already leaves out (results, the export, response rates, reminders count only
-- SUBMITTED). The council then counts as not responded and can answer, or staff enter the right return. Only a
-- return entered by staff is withdrawn this way; a council's own response is the council's.
alter table survey_response
    add column withdrawn_by     text check (length(withdrawn_by) <= 200),
    add column withdrawn_on     date,
    add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500);

alter table survey_response drop constraint survey_response_status_check;
alter table survey_response drop constraint survey_response_check;
alter table survey_response
    add constraint survey_response_status_check check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    -- a withdrawn return keeps the day it was received
    add constraint survey_response_submitted_on check ((status = 'DRAFT') = (submitted_on is null)),
    add constraint survey_response_withdrawn_whole
        check ((status = 'WITHDRAWN') = (withdrawn_by is not null)
               and (withdrawn_by is null) = (withdrawn_on is null)
               and (withdrawn_by is null) = (withdrawn_reason is null)
               and (withdrawn_by is null or entered_by is not null));

-- one live response per council: a withdrawn return no longer takes the council's place
drop index survey_response_one_per_council;
create unique index survey_response_one_per_council on survey_response (survey_id, tenant_id)
    where per_council and status <> 'WITHDRAWN';

-- eelga_app already updates survey_response (V021); no grant is needed.
