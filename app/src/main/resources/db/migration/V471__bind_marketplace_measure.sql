-- Binds the marketplace's measure on installations whose frameworks were loaded before the marketplace existed (a
-- fresh installation loads it bound from framework/2019-20.yaml at startup, and this changes nothing there).
update framework_measure m set live_kind = 'marketplace-engaged', live_parameters = ''
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null
  and m.description = 'Proportion of councils who engage with the Marketplace as either a Seller or Buyer';
