-- The demo's records as an association that keeps them would have them on the day the demo is loaded, not frozen
-- when V043 and V070 were written: this year's Chief Executive appraisals whose day has passed are delivered, none
-- is asked for on a day still to come, and two are in hand (one asked last week, one scheduled next month); the
-- Talent Bank work of 2018-19 is invoiced and paid (Essex's invoice stood overdue since 2018, Cambridge's delivery
-- was never invoiced). Forced row-level security: app.tenant_id is set locally for each council.
do $$
declare
    c record;
    r record;
    this_year int := extract(year from now())::int;
    adviser_day date; -- moved off a weekend to the Monday: advisers do not appraise at weekends
    in_hand int := 0;
    inv_id bigint;
    vat bigint;
begin
    for c in select id from council loop
        perform set_config('app.tenant_id', c.id, true);
        delete from appraisal_request
        where tenant_id = c.id and requested_by_subject like 'demo-leader-%' and requested_at > now();
        for r in select * from appraisal_request
                 where tenant_id = c.id and requested_by_subject like 'demo-leader-%'
                   and extract(year from requested_at) = this_year and status in ('REQUESTED', 'SCHEDULED') loop
            adviser_day := coalesce(r.scheduled_on, (r.requested_at + interval '2 months')::date);
            adviser_day := adviser_day + case extract(isodow from adviser_day) when 6 then 2 when 7 then 1 else 0 end;
            if adviser_day < current_date then
                update appraisal_request
                set status = 'DELIVERED', adviser = coalesce(adviser, 'Cheryl Davies'), scheduled_on = adviser_day,
                    delivered_on = adviser_day, decided_by_email = 'staff@eelga.demo'
                where id = r.id;
            end if;
        end loop;
    end loop;

    -- Two requests in hand, from councils with none this year (each council's rows are seen only under its id).
    for c in select id, regexp_replace(name, ' (City|County|Borough|District) Council$', '') as place from council
             where id in ('broadland', 'fenland', 'stevenage', 'watford') order by id loop
        perform set_config('app.tenant_id', c.id, true);
        continue when exists (select 1 from appraisal_request
                              where tenant_id = c.id and extract(year from requested_at) = this_year);
        in_hand := in_hand + 1;
        exit when in_hand > 2;
        adviser_day := current_date + 35;
        adviser_day := adviser_day + case extract(isodow from adviser_day) when 6 then 2 when 7 then 1 else 0 end;
        insert into appraisal_request (tenant_id, requested_by_subject, requested_by_name, requested_by_email,
                                       requested_at, preferred_dates, notes, status, adviser, scheduled_on,
                                       decided_by_email)
        values (c.id, 'demo-leader-' || c.id, 'Leader of ' || c.place, 'leader@' || c.id || '.demo',
                now() - case when in_hand = 1 then interval '6 days' else interval '20 days' end,
                'Any weekday in ' || to_char(adviser_day, 'FMMonth YYYY'),
                'Annual appraisal of the Chief Executive.',
                case when in_hand = 1 then 'REQUESTED' else 'SCHEDULED' end,
                case when in_hand = 1 then null else 'Martin Hill' end,
                case when in_hand = 1 then null else adviser_day end,
                case when in_hand = 1 then null else 'staff@eelga.demo' end);
    end loop;

    -- Essex paid its 2018 invoice twelve days before it was due.
    perform set_config('app.tenant_id', 'essex', true);
    for r in update billing_invoice set status = 'PAID', status_at = (due_on - 12)::timestamptz
             where tenant_id = 'essex' and po_number = 'ECC-4500987' and status = 'OPEN'
             returning source_ref, status_at loop
        update talent_bank_request set status = 'PAID'
        where tenant_id = 'essex' and 'talent-bank-request-' || id = r.source_ref;
        insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at, note)
        select 'essex', id, 'INVOICED', 'PAID', 'billing@system.eelga.gov.uk', r.status_at, 'Demo history'
        from talent_bank_request where tenant_id = 'essex' and 'talent-bank-request-' || id = r.source_ref;
    end loop;

    -- Cambridge's 2018 assessment centre, delivered, was invoiced a fortnight later and paid within the month.
    perform set_config('app.tenant_id', 'cambridge', true);
    for r in select q.id, q.po_number, d.delivered_on, d.charge_pence, d.days, s.name as service
             from talent_bank_request q
             join talent_bank_delivery d on d.request_id = q.id
             join talent_bank_service s on s.id = q.service_id
             where q.tenant_id = 'cambridge' and q.po_number = 'CCC-PO-1203' and q.status = 'DELIVERED' loop
        vat := round(r.charge_pence * 0.20);
        insert into billing_invoice (tenant_id, source_ref, kind, description, po_number, net_pence, vat_pence,
                                     total_pence, due_on, status, status_at, created_by, created_at)
        values ('cambridge', 'talent-bank-request-' || r.id, 'TALENT_BANK', 'Talent Bank: ' || r.service,
                r.po_number, r.charge_pence, vat, r.charge_pence + vat, r.delivered_on + 44, 'PAID',
                (r.delivered_on + 40)::timestamptz, 'staff@eelga.demo', (r.delivered_on + 14)::timestamptz)
        returning id into inv_id;
        insert into billing_invoice_line (tenant_id, invoice_id, line_no, description, quantity, unit_amount_pence,
                                          vat_rate, net_pence, vat_pence, source_ref)
        values ('cambridge', inv_id, 1, r.service || ', ' || r.days || ' days', 1, r.charge_pence, 20,
                r.charge_pence, vat, 'talent-bank-request-' || r.id);
        update talent_bank_delivery set invoice_source_ref = 'talent-bank-request-' || r.id where request_id = r.id;
        update talent_bank_request set status = 'PAID' where id = r.id;
        insert into talent_bank_history (tenant_id, request_id, from_status, to_status, actor_email, at, note)
        values ('cambridge', r.id, 'DELIVERED', 'INVOICED', 'staff@eelga.demo', (r.delivered_on + 14)::timestamptz,
                'Demo history'),
               ('cambridge', r.id, 'INVOICED', 'PAID', 'billing@system.eelga.gov.uk',
                (r.delivered_on + 40)::timestamptz, 'Demo history');
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
