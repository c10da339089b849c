-- The tenant-owned tables of billing, surveys and the Talent Bank had row-level security enabled, forced and their
-- policies created in loops (V021, V061, V062). Stated here table by table so a reader (or a script) sees it
-- without running the loops; on a database where the loops ran these statements change nothing.
alter table billing_customer enable row level security;
alter table billing_customer force row level security;
alter table billing_invoice enable row level security;
alter table billing_invoice force row level security;
alter table billing_invoice_line enable row level security;
alter table billing_invoice_line force row level security;
alter table billing_outbox enable row level security;
alter table billing_outbox force row level security;
alter table survey_answer enable row level security;
alter table survey_answer force row level security;
alter table survey_invitation enable row level security;
alter table survey_invitation force row level security;
alter table survey_participation enable row level security;
alter table survey_participation force row level security;
alter table survey_response enable row level security;
alter table survey_response force row level security;
alter table talent_bank_assignment enable row level security;
alter table talent_bank_assignment force row level security;
alter table talent_bank_delivery enable row level security;
alter table talent_bank_delivery force row level security;
alter table talent_bank_history enable row level security;
alter table talent_bank_history force row level security;
alter table talent_bank_quote enable row level security;
alter table talent_bank_quote force row level security;
alter table talent_bank_request enable row level security;
alter table talent_bank_request force row level security;
