-- Issue 16: every measure of the 2019-20 plan that the platform's records can answer is computed from them:
-- attendance of the Assembly, the Management Committee, the Wider South East, finance, employers' and care groups;
-- membership invoices; the Talent Bank areas' gross profit; masterclass and coaching evaluations; appraisal
-- requests not met; the pay canvass; government submissions by topic; councils engaged in coaching as a share.
-- A fresh installation loads these bindings from framework/2019-20.yaml; this binds them on installations that
-- loaded the plan before, only where a measure is still typed in (a measure staff bound or changed is left alone).
update framework_measure m set live_kind = b.kind, live_parameters = nullif(b.parameters, '')
from (values
    ('SMT meet with senior management/leaders locally.', 'All 52 councils in membership', 'councils-in-membership', E''),
    ('SMT meet with senior management/leaders locally.', 'Membership invoices paid', 'membership-invoices-paid', E''),
    ('Host two Assembly of Council Leaders'' meetings per year.', 'Proportion of council leaders attending', 'group-attendance', E'group=assembly'),
    ('Support the quarterly East of England Chief Executive Forum meetings.', 'Association update provided to every meeting', 'briefings-per-meeting', E'for=chief-executive-forum'),
    ('Host four meetings of the East of England LGA Management Committee to provide day-to-day management of the Association.', 'Proportion of Management Committee members attending', 'group-attendance', E'group=management-committee'),
    ('Membership receives regular communications through an e-bulletin and chairman''s brief, social media and external media.', 'E-bulletins published', 'communications-published', E'type=E_BULLETIN'),
    ('Membership receives regular communications through an e-bulletin and chairman''s brief, social media and external media.', 'Case studies promoted through relevant media', 'communications-published', E'type=CASE_STUDY'),
    ('Membership receives regular communications through an e-bulletin and chairman''s brief, social media and external media.', 'Chairman''s Briefs published', 'communications-published', E'type=CHAIRMANS_BRIEF'),
    ('A brief highlighting the key issues for the East is issued to the Chairman of the Association for every meeting of the L', 'Proportion of briefings provided to the chairman for attending the LGA executive', 'briefings-per-meeting', E'for=lga-executive'),
    ('Councils undergoing a Corporate Peer Challenge are offered follow up support.', 'Weeks after completion of the Peer Challenge within which councils are contacted (specified time period: 4 weeks)', 'follow-ups', E'type=PEER_CHALLENGE_CONTACT\nas=longest-weeks'),
    ('Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Politic', 'Opportunities to engage with Government and/or wider stakeholders', 'communications-published', E'type=GOVERNMENT_SUBMISSION\ntopic=HOUSING'),
    ('Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Politic', 'Proportion of members/officers attending', 'group-attendance', E'group=wse-steering'),
    ('Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Politic', 'Opportunities to engage Government and/or wider stakeholders', 'communications-published', E'type=GOVERNMENT_SUBMISSION\ntopic=INFRASTRUCTURE'),
    ('Support quarterly meetings of the infrastructure and growth group and bi-annual meetings of the Wider South East Politic', 'Proportion of members attending', 'group-attendance', E'group=growth-infrastructure'),
    ('Provide a "Public Service Reform" offer through the Talent Bank.', 'Public Service Reform area generates a gross profit - contributing to the overall Talent Bank target (£205K)', 'talent-bank-gross-profit', E'area=public-service-reform'),
    ('Hold an annual "Finance Summit" bringing together members and officers to discuss the key issues affecting Local Governm', 'Proportion of councils represented', 'group-attendance', E'group=directors-of-finance'),
    ('Hold an annual "Finance Summit" bringing together members and officers to discuss the key issues affecting Local Governm', 'Opportunities to engage Government', 'communications-published', E'type=GOVERNMENT_SUBMISSION\ntopic=FINANCE'),
    ('Provide a "Procurement Support" offer through the Talent Bank.', 'Procurement Support area generates a gross profit - contributing to the overall Talent Bank target (£205K)', 'talent-bank-gross-profit', E'area=procurement'),
    ('Hold an annual Procurement and Contracting Masterclass bringing together senior officers.', 'Evaluation forms rated good or above', 'evaluations-rated-good', E'titleContains=Procurement'),
    ('Provide an "Asset Management" offer through the Talent Bank.', 'Asset Management area generates a gross profit - contributing to the overall Talent Bank target (£205K)', 'talent-bank-gross-profit', E'area=asset-management'),
    ('Provide a "Commercialisation" offer through the Talent Bank.', 'Commercialisation area generates a gross profit - contributing to the overall Talent Bank target (£205K)', 'talent-bank-gross-profit', E'area=commercialisation'),
    ('Hold an annual Service Commercialisation Masterclass bringing together senior officers to improve capability and encoura', 'Evaluation forms rated good or above', 'evaluations-rated-good', E'titleContains=Commercialisation'),
    ('Develop an East of England Local Government Marketplace which enables councils to trade commercial services with one ano', 'Proportion of councils who engage with the Marketplace as either a Seller or Buyer', 'marketplace-engaged', E''),
    ('Deliver a Coaching programme including training, continuous professional development and an annual conference.', 'Proportion of councils engaged', 'councils-engaged-coaching', E'as=share'),
    ('Deliver a Coaching programme including training, continuous professional development and an annual conference.', 'Evaluation forms for events rated good or above', 'evaluations-rated-good', E'titleContains=Coaching'),
    ('Requests for Chief Executive appraisal support are delivered where possible.', 'Number of unmet requests', 'appraisal-requests', E''),
    ('Host three meetings of the Local Government Employers'' Panel and an annual Employers'' Forum.', 'Proportion of members attending', 'group-attendance', E'group=employers-panel'),
    ('Respond to key HR consultations issued by Government.', 'Regional Submissions to Government', 'communications-published', E'type=GOVERNMENT_SUBMISSION\ntopic=WORKFORCE'),
    ('A full-time HR Helpline, strategic advice and survey service.', 'Proportion of authorities accessing', 'helpline-authorities', E''),
    ('Provide an "HR and Organisational Development" offer through the Talent Bank.', 'HR and Organisational Development area generates a gross profit - contributing to the overall Talent Bank target (£205K)', 'talent-bank-gross-profit', E'area=hr-od'),
    ('E-Paycheck pay benchmarking data is available to subscribing authorities.', 'Proportion of subscribing authorities contributing to priority data projects', 'epaycheck-project-completion', E''),
    ('Support Regional Council as a means of unions and councils to take action on important issues.', 'Responses to requests for formal and informal Interventions of Joint Secretaries', 'follow-ups', E'type=JOINT_SECRETARIES'),
    ('Canvass local authority views and present them to the National Association of Regional Employers/LGA.', 'Proportion of council responses', 'survey-response-rate', E'surveyKind=CANVASS'),
    ('Host four meetings of the Adult Social Care and Health and Children''s Services Lead members'' networks with links to seni', 'Proportion of councils attending', 'group-attendance', E'group=adult-social-care-network'),
    ('Develop a regional response to Government, in partnership with the Regional Directors of Adult Service Group.', 'Submission to Government', 'communications-published', E'type=GOVERNMENT_SUBMISSION\ntopic=HEALTH_CARE')
) as b (mechanism_start, description, kind, parameters),
     framework_action a, framework_outcome o, framework_theme t, framework f
where m.action_id = a.id and a.outcome_id = o.id and o.theme_id = t.id and t.framework_id = f.id
  and f.year_label = '2019-20' and m.description = b.description and m.live_kind is null
  and starts_with(regexp_replace(a.mechanism, '\s+', ' ', 'g'), b.mechanism_start);
