-- Paper evaluation forms entered in error (counts typed twice, the wrong event) are withdrawn, not deleted: the row
-- stays with who withdrew it, when and why, and the figures leave it out (SurveyMeasures reads only rows not
-- withdrawn). Nothing else of a row changes once entered.
alter table evaluation_paper_form
    add column withdrawn_by     text check (length(withdrawn_by) <= 200),
    add column withdrawn_on     date,
    add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
    add constraint evaluation_paper_form_withdrawn_whole
        check ((withdrawn_by is null) = (withdrawn_on is null) and (withdrawn_by is null) = (withdrawn_reason is null));

grant update (withdrawn_by, withdrawn_on, withdrawn_reason) on evaluation_paper_form to eelga_app;
