-- Appraisal support entered from paper in error (the wrong council, typed twice) is withdrawn, not deleted: the row
-- stays with who withdrew it, when and why; no figure counts it (requests made, met and unmet), it leaves the
-- council's requests and the staff console, and a merge does not carry it. Only entered support is withdrawn this way.
alter table appraisal_request
    add column withdrawn_by     text check (length(withdrawn_by) <= 200),
    add column withdrawn_on     date,
    add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
    add constraint appraisal_request_withdrawn_whole
        check ((withdrawn_by is null) = (withdrawn_on is null) and (withdrawn_by is null) = (withdrawn_reason is null)
               and (withdrawn_by is null or entered_by is not null));

-- eelga_app already updates appraisal_request (V041); no grant is needed.
