-- Issue 16: every measure the platform cannot compute says why (shown beside its typed-in figures and editable on
-- the measure's page). A fresh installation loads the reasons from framework/<year>.yaml; this sets them on
-- installations whose frameworks were loaded before, only where no reason has been written yet.
alter table framework_measure add column manual_reason text check (length(manual_reason) <= 1000);

update framework_measure m set manual_reason = r.reason
from (values
    ('2017-18', '1.1.5', null, 'Proportion of council leaders and CEXs attending', 'Reception guests are registered as event delegates, not by role; to compute it, record the reception as a group meeting expecting each council''s leader and chief executive, and bind this measure to that group.'),
    ('2017-18', '1.2.2', null, 'Senior LGA representatives visiting the region twice per annum', 'Visits by the national LGA''s leadership are not recorded on the platform.'),
    ('2017-18', '2.2.2', null, 'Number of engagement opportunities', 'Devolution support is given in meetings the platform does not hold; counted from the CRM.'),
    ('2017-18', '2.2.3', null, 'Number of opportunities to raise awareness of the project with members', 'Promotion of the KEEP+ project happens outside the platform; counted from the CRM.'),
    ('2017-18', '2.2.4', null, 'Model runs on a full cost recovery basis', 'A yes or no judgement on the forecasting model''s funding, from the finance system.'),
    ('2017-18', '2.2.4', null, 'EEFM is promoted at regional events', 'Events are recorded, but not which of them promoted the forecasting model; counted from the CRM.'),
    ('2017-18', '2.3.2', null, 'An MOU is established to improve notifications and reduce market impact', 'A yes or no milestone (an agreement with the London boroughs), not a platform record.'),
    ('2017-18', '2.3.3', null, 'Housing Company support package established through the Talent Bank', 'A yes or no milestone, set when the offer was launched.'),
    ('2017-18', '2.4.1', null, 'Number of councils engaged', 'Sign-ups to the planning Memorandum of Co-operation are kept outside the platform.'),
    ('2017-18', '3.1.4', null, 'Respond to all relevant consultations as identified by Employers'' Services', 'Government consultations and the association''s responses to them are not recorded on the platform.'),
    ('2017-18', '3.4.2', null, 'Number of authorities engaged with collaborative projects', 'County-level apprenticeship groups meet outside the platform; counted from the CRM.'),
    ('2017-18', '3.4.3', null, 'Evaluation forms for events rated good or above', 'The coaching cohorts'' evaluation forms are collected by the training provider, not on the platform.'),
    ('2017-18', '3.6.1', null, 'Proportion of workgroup places taken up', 'Places on national working groups are allocated by the LGA, not recorded on the platform.'),
    ('2017-18', '4.1.1', null, 'Network meetings have a lead senior officer', 'A yes or no judgement about how the networks are organised.'),
    ('2017-18', '4.2.1', null, 'At least one Buurtzorg Test and Learn site is established and delivered', 'Test and learn sites are run by councils and care providers, outside the platform.'),
    ('2017-18', '5.2.1', null, 'All partners receive advice and guidance', 'The Brussels Office''s advice to partners is given outside the platform.'),
    ('2017-18', '5.3.1', null, 'Number of meetings', 'Meetings with other regions in Brussels are not recorded on the platform.'),
    ('2017-18', '5.4.1', null, 'Number of engagement opportunities', 'Meetings with the European Commission are not recorded on the platform.'),
    ('2019-20', null, 'Deliver an annual reception at LGA conference', 'Proportion of council leaders and CEXs attending', 'Reception guests are registered as event delegates, not by role; to compute it, record the reception as a group meeting expecting each council''s leader and chief executive, and bind this measure to that group.'),
    ('2019-20', null, 'LGA representatives attend', 'Networks/Panels where an LGA representative attends at least one meeting', 'Meetings record the councils'' seats; visiting LGA representatives are not recorded on them.'),
    ('2019-20', null, 'Work with Cambridgeshire County Council', 'Model runs on a full cost recovery basis', 'A yes or no judgement on the forecasting model''s funding, from the finance system.'),
    ('2019-20', null, 'Work with Cambridgeshire County Council', 'EEFM is promoted at regional events/meetings', 'Events are recorded, but not which of them promoted the forecasting model; counted from the CRM.'),
    ('2019-20', null, 'Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Political Steering Group. Support', 'An annual Summit with the GLA delivered', 'Summits are recorded, but not which partner a summit was held with.'),
    ('2019-20', null, 'Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Political Steering Group. Support', 'Opportunities to engage with the Examination in Public', 'Contributions to the London Plan''s Examination in Public are made outside the platform.'),
    ('2019-20', null, 'Annual Homelessness conference', 'Proportion of housing authorities participating', 'The platform does not record which councils are housing authorities for this programme.'),
    ('2019-20', null, 'Through an annual sponsorship', 'Regional submissions to Government', 'Submissions made through the All-Party Parliamentary Group are the group''s own, not recorded on the platform.'),
    ('2019-20', null, 'Through an annual sponsorship', 'Proportion of councils represented at the Parliamentary reception', 'The Parliamentary reception''s guest list is kept by the All-Party Parliamentary Group.'),
    ('2019-20', null, 'Deliver an East of England Parliamentary Reception', 'Proportion of MPs represented at the Parliamentary reception', 'MPs are not people of the platform.'),
    ('2019-20', null, 'Provide secretariat and programme management support', 'Proportion of Transport East governance meetings delivered with agreed processes met', 'Transport East''s governance meetings are recorded by its own secretariat.'),
    ('2019-20', null, 'Provide opportunities to promote the role', 'Opportunities to promote the sub-national transport bodies', 'Promotion at national level happens outside the platform.'),
    ('2019-20', null, 'Survey councils to assess the value', 'Proportion of councils surveyed', 'The survey of the contract database''s value was run outside the platform.'),
    ('2019-20', null, 'Deliver the regional ''Get up and Grow''', 'Progress towards achieving the vision in the strategy (survey)', 'A judgement from the apprenticeship strategy''s own survey.'),
    ('2019-20', null, 'Deliver the regional ''Get up and Grow''', 'New 3 year strategy signed off by RJC', 'A yes or no milestone.'),
    ('2019-20', null, 'Work with the national LGA to develop a collaborative programme', 'Councils directly engaged', 'The programme''s contacts with councils are kept by the national LGA.'),
    ('2019-20', null, 'Work with the national LGA to develop a collaborative programme', 'Councils informed', 'The programme''s contacts with councils are kept by the national LGA.'),
    ('2019-20', null, 'Engage with all Heads of HR', 'Proportion of authorities engaged', 'Engagement by email and induction visits is not recorded on the platform; meeting attendance alone would undercount it.'),
    ('2019-20', null, 'Ensure that authorities in the East of England are represented', 'Proportion of workgroup places taken up', 'Places on national working groups are allocated by the LGA, not recorded on the platform.'),
    ('2019-20', null, 'Deliver a regional health integration conference', 'Proportion of councils attending', 'The conference was run with Eastern Region ADASS, which kept its registrations.'),
    ('2019-20', null, 'Provide opportunities to share and spread learning', 'Opportunities to share learning', 'Learning sessions with care providers happen outside the platform.'),
    ('2019-20', null, 'Deliver weekly reporting on preparedness', 'Reporting weekly', 'Weekly preparedness returns went straight to the ministry.')
) as r (year_label, action_number, mechanism_start, description, reason),
     framework_action a, framework_outcome o, framework_theme t, framework f
where m.action_id = a.id and a.outcome_id = o.id and o.theme_id = t.id and t.framework_id = f.id
  and f.year_label = r.year_label and m.description = r.description and m.live_kind is null
  and m.manual_reason is null
  and (r.action_number is null or a.number = r.action_number)
  and (r.mechanism_start is null or starts_with(regexp_replace(a.mechanism, '\s+', ' ', 'g'), r.mechanism_start));
