-- Binds the communications measures (and the Corporate Peer Challenge follow-up, 1.3.1) on installations whose
-- frameworks were loaded before member communications existed (a fresh installation loads them bound from
-- framework/*.yaml at startup, and this changes nothing there: only measures still unbound are touched).

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=E_BULLETIN'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '1.1.4' and m.description = 'E-bulletins issued';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=CASE_STUDY'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '1.1.4' and m.description = 'Case studies promoted through relevant media';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=chief-executive-forum\nas=yes-no'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '1.1.6' and m.description = 'Association update provided to every meeting';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=lga-executive\nas=yes-no'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '1.2.1' and m.description = 'Briefing prepared for the Chairman for every meeting';

update framework_measure m set live_kind = 'follow-ups', live_parameters = E'type=PEER_CHALLENGE_CONTACT'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '1.3.1' and m.description = 'All councils undergoing a Corporate Peer Challenge are contacted to offer follow up support';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=spatial-planning-officers\nas=count'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '2.1.3' and m.description = 'Technical Evidence stocktake is reviewed at least once a year';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=GOVERNMENT_SUBMISSION\ntopic=INFRASTRUCTURE'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '2.1.4' and m.description = 'Infrastructure schemes supported through lobbying activities';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=GOVERNMENT_SUBMISSION\ntopic=HOUSING'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '2.3.1' and m.description = 'Engagements with Government and/or wider stakeholders per year';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=employers-panel\nas=yes-no'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '5.2.2';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=MEMBER_BRIEFING\ntopic=EUROPE\nas=yes-no'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '5.2.3' and m.description = 'Briefings provided for members and disseminated to the HR community';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=POLICY_FUNDING_BULLETIN'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2017-18' and m.live_kind is null and a.number = '5.2.4' and m.description = 'Joint policy / funding eBulletins per year';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=E_BULLETIN'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null and m.description = 'E-bulletins published';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=CASE_STUDY'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null and m.description = 'Case studies promoted through relevant media';

update framework_measure m set live_kind = 'communications-published', live_parameters = E'type=CHAIRMANS_BRIEF'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null and m.description = 'Chairman''s Briefs published';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=lga-executive'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null and m.description = 'Proportion of briefings provided to the chairman for attending the LGA executive';

update framework_measure m set live_kind = 'briefings-per-meeting', live_parameters = E'for=chief-executive-forum'
from framework_action a join framework_outcome o on o.id = a.outcome_id join framework_theme t on t.id = o.theme_id
     join framework f on f.id = t.framework_id
where m.action_id = a.id and f.year_label = '2019-20' and m.live_kind is null and m.description = 'Association update provided to every meeting';
