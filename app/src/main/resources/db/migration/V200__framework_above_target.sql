-- "Generates income or surplus" is met only by a surplus above zero: a new RAG direction, green strictly above the
-- target. The 2017-18 seed's five Talent Bank measures (target 0) take it, so £0 is no longer green.
alter table framework_measure drop constraint framework_measure_direction_check;
alter table framework_measure add constraint framework_measure_direction_check
    check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'ABOVE_TARGET'));
update framework_measure set direction = 'ABOVE_TARGET'
 where description ilike '%generates income or surplus%' and target_value = 0 and direction = 'HIGHER_IS_BETTER';
