-- Binds ePayCheck's live measures on installations whose frameworks were loaded before ePayCheck existed (a fresh
-- installation loads them bound from framework/*.yaml at startup, and this changes nothing there).
update framework_measure m set live_kind = 'epaycheck-suspended', live_parameters = ''
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and a.number = '3.5.3' and m.live_kind is null
  and m.description = 'Authorities suspended for not updating their data following pay increases';

update framework_measure m set live_kind = 'epaycheck-project-completion', live_parameters = ''
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and m.live_kind is null
  and ((f.year_label = '2017-18' and a.number = '3.5.3'
        and m.description = 'Subscribing authorities taking part in priority data initiatives')
    or (f.year_label = '2019-20'
        and a.mechanism = 'E-Paycheck pay benchmarking data is available to subscribing authorities.'
        and m.description = 'Proportion of subscribing authorities contributing to priority data projects'));
