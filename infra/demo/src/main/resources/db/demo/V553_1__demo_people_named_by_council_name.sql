-- Numbered 553.1: after the schema it updates (V553), before any later migration, so an existing demo database
-- takes it in order.
-- The demo's appraisal requests and HR helpline queries named their people by the council's id ("Leader of
-- norwich"); Keycloak's demo users are "Leader of Norwich". Same names everywhere, council by council (forced
-- row-level security: app.tenant_id is set locally for each).
do $$
declare
    c record;
    place text;
begin
    for c in select id, name from council loop
        place := regexp_replace(c.name, ' (City|County|Borough|District) Council$', '');
        perform set_config('app.tenant_id', c.id, true);
        update appraisal_request set requested_by_name = 'Leader of ' || place
            where tenant_id = c.id and requested_by_name = 'Leader of ' || c.id;
        update helpline_query set raised_by_name = 'HR officer of ' || place
            where tenant_id = c.id and raised_by_name = 'HR officer of ' || c.id;
        update helpline_message set author_name = 'HR officer of ' || place
            where tenant_id = c.id and author_name = 'HR officer of ' || c.id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
