-- Binds 3.4.2's "Evaluation forms rated good or above" (the apprenticeship conference) to the evaluations recorded
-- on the platform or entered from paper, on installations whose 2017-18 framework was loaded before the kind took
-- a title filter (a fresh installation loads it bound from framework/2017-18.yaml; only an unbound measure changes).

update framework_measure m set live_kind = 'evaluations-rated-good', live_parameters = E'titleContains=Apprenticeship'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '3.4.2'
  and m.description = 'Evaluation forms rated good or above';
