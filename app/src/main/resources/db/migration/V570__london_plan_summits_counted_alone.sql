-- 2.2.1 of 2017-18 ("Ensure that the East of England Member Councils are informed and are able to influence the
-- preparation of the London Plan Review"): its "Summits delivered per annum" counts the London Plan summits, as the
-- framework's commentary does ("One Summit took place in 2017/18"), not every summit (the Finance Summit of June 2017
-- is 3.1.7's). Installations that loaded the year before events-held could filter by title get the binding a fresh
-- installation loads from framework/2017-18.yaml; a binding staff changed since is left as it is.
update framework_measure m set live_parameters = E'eventType=SUMMIT\ntitleContains=London Plan'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and a.number = '2.2.1'
  and m.description = 'Summits delivered per annum'
  and m.live_kind = 'events-held' and m.live_parameters = 'eventType=SUMMIT';
