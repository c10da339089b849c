-- shared: leaving_retention the association's retention rules for when a council leaves: which tenant tables
-- are kept (e.g. invoices, for HMRC) rather than erased. Data, not code: a feature adds its row in its migration.
create table leaving_retention (
    table_name text primary key check (table_name ~ '^[a-z_][a-z0-9_]*$'),
    reason     text not null
);
grant select on leaving_retention to eelga_app, eelga_association_reader;

insert into leaving_retention (table_name, reason) values
    ('invoice', 'Invoices are kept for six years after the financial year (HMRC)'),
    ('invoice_line', 'Invoices are kept for six years after the financial year (HMRC)'),
    ('payment', 'Payments are kept with their invoices');

-- Erases the rows of a council that has LEFT from every tenant table not in leaving_retention. Runs as the
-- schema owner but bound to that council, so row-level security still limits it to the council's own rows.
-- Tables are retried in passes so rows referenced by other erased rows go after them. Returns rows erased per
-- table.
create function app_erase_left_council(council text) returns table (erased_table text, erased bigint)
    language plpgsql security definer set search_path = public
as $$
declare
    remaining text[];
    still     text[];
    t         text;
    n         bigint;
    pass      int := 0;
    previous  text := current_setting('app.tenant_id', true);
begin
    if not exists (select 1 from council c where c.id = council and c.status = 'LEFT') then
        raise exception 'council % has not left', council;
    end if;
    perform set_config('app.tenant_id', council, true);
    select array_agg(c.table_name::text order by c.table_name) into remaining
      from information_schema.columns c
      join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name
     where c.table_schema = 'public' and c.column_name = 'tenant_id' and tb.table_type = 'BASE TABLE'
       and c.table_name not in (select r.table_name from leaving_retention r);
    while remaining is not null and array_length(remaining, 1) > 0 and pass < 10 loop
        still := '{}';
        foreach t in array remaining loop
            begin
                execute format('delete from %I where tenant_id = $1', t) using council;
                get diagnostics n = row_count;
                erased_table := t;
                erased := n;
                return next;
            exception when foreign_key_violation then
                still := still || t;
            end;
        end loop;
        remaining := still;
        pass := pass + 1;
    end loop;
    if remaining is not null and array_length(remaining, 1) > 0 then
        raise exception 'could not erase % for council %', remaining, council;
    end if;
    perform set_config('app.tenant_id', coalesce(previous, ''), true);
end
$$;
revoke all on function app_erase_left_council(text) from public;
grant execute on function app_erase_left_council(text) to eelga_app;
