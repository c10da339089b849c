-- Invoices and what backs them are the association's financial records: kept when a council leaves (HMRC: six
-- years after the financial year). The retention rule names the billing tables as they are actually called.
insert into leaving_retention (table_name, reason) values
    ('billing_invoice', 'Invoices are kept for six years after the financial year (HMRC)'),
    ('billing_invoice_line', 'Invoices are kept for six years after the financial year (HMRC)'),
    ('billing_customer', 'The Stripe customer behind kept invoices'),
    ('billing_outbox', 'Billable items not yet sent are still owed'),
    ('talent_bank_delivery', 'Days delivered back the invoices and the Talent Bank accounts'),
    ('talent_bank_assignment', 'Associates assigned to delivered work back the accounts'),
    ('talent_bank_quote', 'Quotes accepted back the invoices'),
    ('talent_bank_request', 'Requests that were invoiced back the invoices')
on conflict (table_name) do nothing;
