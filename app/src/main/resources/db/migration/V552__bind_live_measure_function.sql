-- One helper for the migrations that bind a framework measure to a live measure kind on installations whose
-- framework was loaded before the kind existed (V251, V253, V401, V403, V471, V473 and V501 each wrote the same
-- update ... from ... where block out by hand; they are applied and stay as they are). A new binding migration is one
-- line per measure:
--   select bind_live_measure('2017-18', '1.1.4', 'E-bulletins issued', 'communications-published', E'type=E_BULLETIN');
-- Only a measure still unbound changes (a fresh installation loads its measures bound from framework/*.yaml, and a
-- binding staff chose is never overwritten). A null description binds every unbound measure of the action. Returns
-- how many measures it bound.

create function bind_live_measure(year_label text, action_number text, description text, kind text,
                                  parameters text) returns integer
    language sql
as $$
    with bound as (
        update framework_measure m set live_kind = bind_live_measure.kind, live_parameters = bind_live_measure.parameters
        from framework_action a join framework_outcome o on o.id = a.outcome_id
             join framework_theme t on t.id = o.theme_id join framework f on f.id = t.framework_id
        where m.action_id = a.id and f.year_label = bind_live_measure.year_label and m.live_kind is null
          and a.number = bind_live_measure.action_number
          and (bind_live_measure.description is null or m.description = bind_live_measure.description)
        returning m.id)
    select count(*)::integer from bound
$$;
