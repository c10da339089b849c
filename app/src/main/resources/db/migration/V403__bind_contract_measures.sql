-- Binds the contract database's participation measure on installations whose frameworks were loaded before the
-- contract database existed (a fresh installation loads it bound from framework/2017-18.yaml at startup).
update framework_measure m set live_kind = 'contract-participation', live_parameters = ''
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and a.number = '3.7.1' and m.live_kind is null
  and m.description = 'Participation across all councils';
