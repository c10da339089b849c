-- Demo Local Government Marketplace (demo data only, never in production). Opened in 2019-20 (the plan's "develop
-- an East of England Local Government Marketplace"): ten councils list services they sell, and each year about
-- ten others enquire and most agree a trade, so roughly a third of the 52 members engage as seller or buyer (the
-- plan's 33%). Norwich sells (payroll), Cambridge buys from it, so the demo sign-ins see both sides. Rows are
-- inserted per council with app.tenant_id set locally, as forced row-level security requires.
do $$
declare
    sellers   text[] := array['norwich', 'essex', 'suffolk', 'hertfordshire', 'peterborough', 'colchester',
                              'broadland', 'south-norfolk', 'luton', 'basildon'];
    titles    text[] := array['Payroll bureau service', 'Legal services for planning appeals', 'Internal audit',
                              'Building control cover', 'Procurement support', 'Pest control',
                              'HR advice and casework', 'ICT service desk out of hours', 'Training room hire and facilitation',
                              'Environmental health cover'];
    cats      text[] := array['HR', 'LEGAL', 'FINANCE', 'PROPERTY', 'PROCUREMENT', 'WASTE', 'HR', 'ICT', 'TRAINING', 'OTHER'];
    prices    text[] := array['£3 a payslip a month', '£95 an hour', '£420 a day', '£450 a day', '£400 a day',
                              'Fixed fee per visit', '£380 a day', '£2,000 a month', '£250 a day', '£420 a day'];
    buyers    text[];
    listing   bigint;
    l_title   text;
    seller    text;
    buyer     text;
    enquired  timestamptz;
    y         int;
    i         int;
begin
    for i in 1 .. array_length(sellers, 1) loop
        if not exists (select 1 from council where id = sellers[i]) then
            continue;
        end if;
        perform set_config('app.tenant_id', sellers[i], true);
        insert into marketplace_listing (tenant_id, title, description, category, price_basis, area, contact_email,
                                         listed_on, recorded_by, updated_at)
        values (sellers[i], titles[i], titles[i] || ' provided by our own team to other councils in the region.',
                cats[i], prices[i], 'East of England', 'marketplace@' || sellers[i] || '.gov.uk',
                date '2019-05-01' + i * 9, 'officer@' || sellers[i] || '.demo',
                (date '2019-05-01' + i * 9)::timestamp at time zone 'Europe/London');
    end loop;
    buyers := array(select id from council where status = 'ACTIVE' and id <> all (sellers)
                    order by md5(id || 'marketplace') limit 14);
    buyers := array['cambridge'] || array(select b from unnest(buyers) b where b <> 'cambridge');
    for y in 2019 .. extract(year from current_date)::int loop
        for i in 1 .. 10 loop
            buyer := buyers[1 + ((i + y) % array_length(buyers, 1))];
            if y = 2019 and i = 1 then
                buyer := 'cambridge';
            end if;
            seller := sellers[1 + ((i * 3 + y) % array_length(sellers, 1))];
            enquired := make_date(y, 6, 1)::timestamp at time zone 'Europe/London' + (i * 23) * interval '1 day';
            if enquired > now() then
                continue;
            end if;
            perform set_config('app.tenant_id', seller, true);
            listing := null;
            select l.id, l.title into listing, l_title from marketplace_listing l where l.tenant_id = seller;
            if listing is null or buyer is null or not exists (select 1 from council where id = buyer) then
                continue;
            end if;
            perform set_config('app.tenant_id', buyer, true);
            insert into marketplace_trade (tenant_id, listing_id, seller_id, listing_title, message, enquired_at,
                                           status, agreed_on, value_pence, terms, recorded_by, updated_at)
            values (buyer, listing, seller, l_title, 'Could you quote for this service for us this year?', enquired,
                   case when i % 4 = 0 then 'NO_TRADE' when enquired > now() - interval '20 days' then 'ENQUIRY'
                        else 'AGREED' end,
                   case when i % 4 <> 0 and enquired <= now() - interval '20 days' then (enquired at time zone 'Europe/London')::date + 14 end,
                   case when i % 4 <> 0 and enquired <= now() - interval '20 days' then (4000 + (i * 1370) % 21000)::bigint * 100 end,
                   case when i % 4 <> 0 and enquired <= now() - interval '20 days' then 'Twelve months, reviewed quarterly' end,
                   'officer@' || buyer || '.demo', enquired);
        end loop;
    end loop;
end
$$;
