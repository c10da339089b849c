-- Issue 14 point 2: a council's survey return (perception survey, canvass) sent on paper or by email, keyed in by
-- association staff on the council's behalf. The response stays the council's own row (row-level security as
-- before); these columns say who entered it, from what and when ("Entered by <name> from <source> on <date>").
-- Responses answered on the platform leave them empty.
alter table survey_response
    add column entered_by text check (length(entered_by) <= 200),
    add column entered_from text check (length(entered_from) <= 200),
    add column entered_on date,
    add constraint survey_response_entered_whole
        check ((entered_by is null) = (entered_from is null) and (entered_by is null) = (entered_on is null));
