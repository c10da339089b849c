-- Reorganisation: when councils merge, each predecessor points to its successor from a date. History rows stay
-- attributed to the predecessor; the successor's people may READ them (never change them).
alter table council
    add column successor_id text references council (id),
    add column merged_on    date,
    add constraint council_not_its_own_successor check (successor_id is null or successor_id <> id),
    add constraint council_merge_has_date check ((successor_id is null) = (merged_on is null));

-- The council and every council that merged into it, however many reorganisations back.
create function app_council_lineage(council text) returns setof text
    language sql stable
as $$
    with recursive lineage(id) as (
        select council
        union
        select c.id from council c join lineage l on c.successor_id = l.id
    )
    select id from lineage
$$;

-- Read policies of tenant-owned tables use this: the bound council's own rows and its predecessors' history.
-- Write policies keep the strict "tenant_id = app_current_tenant()".
create function app_tenant_readable(row_tenant text) returns boolean
    language sql stable
as $$
    select row_tenant = app_current_tenant()
        or row_tenant in (select app_council_lineage(app_current_tenant()))
$$;

grant execute on function app_council_lineage(text) to eelga_app, eelga_association_reader;
grant execute on function app_tenant_readable(text) to eelga_app, eelga_association_reader;
