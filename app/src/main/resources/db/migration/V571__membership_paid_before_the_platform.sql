-- A membership subscription paid before the platform (or outside it), entered by staff from the association's
-- ledger, is an invoice of its council marked paid and saying who entered it, from what and when, like every
-- other record entered from paper (V301's app_entered_label). It is never sent for payment: no outbox entry.
alter table billing_invoice
    add column entered_by text check (length(entered_by) <= 200),
    add column entered_from text check (length(entered_from) <= 200),
    add column entered_on date,
    add constraint billing_invoice_entered_whole
        check ((entered_by is null) = (entered_from is null) and (entered_by is null) = (entered_on is null));
