-- Binds the HR helpline's live measures on installations whose frameworks were loaded before the helpline existed
-- (a fresh installation loads them bound from framework/*.yaml at startup, and this changes nothing there).
-- 2017-18 3.5.1 "Helpdesk service provides valuable access to independent HR advice promptly when necessary", from
-- the customer survey: yes when at least 80% of the ratings given on closing are good or very good.
update framework_measure m set live_kind = 'helpline-satisfaction', live_parameters = E'as=yes-no\natLeast=80'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and a.number = '3.5.1' and m.live_kind is null
  and m.description = 'Helpdesk service provides valuable access to independent HR advice promptly when necessary';

-- 2019-20 "A full-time HR Helpline, strategic advice and survey service": proportion of authorities accessing (60%).
update framework_measure m set live_kind = 'helpline-authorities', live_parameters = ''
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null
  and a.mechanism = 'A full-time HR Helpline, strategic advice and survey service.'
  and m.description = 'Proportion of authorities accessing';
