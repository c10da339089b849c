-- Talent Bank work entered from paper in error (the wrong council or service, typed twice) is withdrawn, not deleted:
-- the request stays with who withdrew it, when and why; no figure counts its delivery, it leaves the council's
-- requests and the staff pipeline, and it is never invoiced. Only entered work is withdrawn this way.
alter table talent_bank_request
    add column withdrawn_by     text check (length(withdrawn_by) <= 200),
    add column withdrawn_on     date,
    add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
    add constraint talent_bank_request_withdrawn_whole
        check ((withdrawn_by is null) = (withdrawn_on is null) and (withdrawn_by is null) = (withdrawn_reason is null)
               and (withdrawn_by is null or entered_by is not null));

-- eelga_app already updates talent_bank_request (V061); no grant is needed.
