-- The council bound to the current connection (set by the application on every checkout), or null.
-- Row-level-security policies compare tenant_id with it; null matches no row.
create function app_current_tenant() returns text
    language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '') $$;

grant execute on function app_current_tenant() to eelga_app, eelga_association_reader;

-- Identity columns of tenant-owned tables need their sequences.
alter default privileges in schema public grant usage, select on sequences to eelga_app;
