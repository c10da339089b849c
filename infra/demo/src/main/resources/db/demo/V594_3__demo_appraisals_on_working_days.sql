-- The demo's Chief Executive appraisals are scheduled and delivered on working days, as requests ask ("Any weekday
-- in May"): V043 put them two months after the request, so some fell on a Saturday or Sunday. Such a day moves to
-- the nearest weekday in its month (Saturday to the Friday before, Sunday to the Monday after, the other way at a
-- month's edge), so each stays in its quarter and year; a scheduled day that has passed stays passed and one to come
-- stays to come. Forced row-level security: app.tenant_id is set locally for each council.
create function pg_temp.weekday_in_month(d date) returns date language sql immutable as $$
    select case
        when d is null then null
        when extract(isodow from d) = 6 then
            case when extract(month from d - 1) = extract(month from d) then d - 1 else d + 2 end
        when extract(isodow from d) = 7 then
            case when extract(month from d + 1) = extract(month from d) then d + 1 else d - 2 end
        else d
    end
$$;

do $$
declare
    c record;
begin
    for c in select id from council loop
        perform set_config('app.tenant_id', c.id, true);
        update appraisal_request
        set scheduled_on = pg_temp.weekday_in_month(scheduled_on),
            delivered_on = pg_temp.weekday_in_month(delivered_on)
        where tenant_id = c.id
          and requested_by_subject like 'demo-leader-%'
          and (scheduled_on <> pg_temp.weekday_in_month(scheduled_on)
               or delivered_on <> pg_temp.weekday_in_month(delivered_on))
          and (scheduled_on is null
               or (scheduled_on < current_date) = (pg_temp.weekday_in_month(scheduled_on) < current_date))
          and (delivered_on is null or pg_temp.weekday_in_month(delivered_on) <= current_date);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
