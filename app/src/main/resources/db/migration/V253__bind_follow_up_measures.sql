-- Binds the follow-up commitments' live measures on installations whose frameworks were loaded before they existed
-- (a fresh installation loads them bound from framework/*.yaml at startup, and this changes nothing there).
update framework_measure m set live_kind = 'follow-ups', live_parameters = 'type=JOINT_SECRETARIES'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and m.live_kind is null
  and ((f.year_label = '2017-18' and a.number = '3.6.2'
        and m.description = 'Requests for formal and informal interventions of Joint Secretaries responded to')
    or (f.year_label = '2019-20'
        and m.description = 'Responses to requests for formal and informal Interventions of Joint Secretaries'));

update framework_measure m set live_kind = 'follow-ups', live_parameters = E'type=PEER_CHALLENGE_CONTACT\nas=longest-weeks'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and m.live_kind is null and f.year_label = '2019-20'
  and a.mechanism = 'Councils undergoing a Corporate Peer Challenge are offered follow up support.'
  and m.description like 'Weeks after completion of the Peer Challenge within which councils are contacted%';
