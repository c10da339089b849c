-- A membership fee once billed by the membership invoicing run is stamped, so staff can correct a fee only while no
-- council has been invoiced with it (shared table, see V062). Fees billed before this migration are stamped from the
-- membership invoices already made (source 'membership-<year>' for councils of the fee's kind).
alter table billing_membership_fee add column first_invoiced_at timestamptz;

update billing_membership_fee f
set first_invoiced_at = (
    select min(i.created_at)
    from billing_invoice i
    join council c on c.id = i.tenant_id
    where i.kind = 'MEMBERSHIP'
      and i.source_ref = 'membership-' || f.financial_year
      and c.kind = f.council_kind)
where exists (
    select 1
    from billing_invoice i
    join council c on c.id = i.tenant_id
    where i.kind = 'MEMBERSHIP'
      and i.source_ref = 'membership-' || f.financial_year
      and c.kind = f.council_kind);
