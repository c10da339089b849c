-- The groups the association ran in 2017-18 and its plan (see the framework documents): who is expected and how
-- often they meet. Named memberships are illustrative of the real committees' shape (one seat per council).
insert into engagement_group (code, name, description, audience, expected_role, seats_per_council, meetings_per_year) values
    ('assembly', 'Assembly of Council Leaders', 'Twice-yearly meeting of the leaders of all member councils, with keynote speakers.', 'ALL_COUNCILS', 'LEADER', 1, 2),
    ('management-committee', 'Management Committee', 'Day-to-day management of the Association.', 'NAMED_COUNCILS', 'MEMBER', 1, 4),
    ('chief-executive-forum', 'East of England Chief Executive Forum', 'Quarterly forum of member councils'' chief executives.', 'ALL_COUNCILS', 'CHIEF_EXECUTIVE', 1, 4),
    ('improvement-efficiency-panel', 'Improvement and Efficiency Panel', 'Quarterly panel on sector-led improvement.', 'NAMED_COUNCILS', 'MEMBER', 1, 4),
    ('growth-infrastructure', 'Growth and Infrastructure Group', 'Quarterly group on economic growth and infrastructure.', 'NAMED_COUNCILS', 'MEMBER', 1, 4),
    ('wse-steering', 'Wider South East Political Steering Group', 'Political steering of the Wider South East collaboration.', 'NAMED_COUNCILS', 'MEMBER', 1, 2),
    ('employers-panel', 'Local Government Employers'' Panel', 'Pay and employment matters; an annual Employers'' Forum.', 'NAMED_COUNCILS', 'MEMBER', 1, 3),
    ('heads-of-hr', 'Heads of HR', 'Heads of human resources of member councils.', 'ALL_COUNCILS', 'OFFICER', 1, 2),
    ('directors-of-finance', 'Regional Directors of Finance', 'Directors of finance of member councils.', 'ALL_COUNCILS', 'OFFICER', 1, 3),
    ('finance-lead-members', 'Finance and Resources Lead Members', 'Annual meeting of finance and resources portfolio holders.', 'ALL_COUNCILS', 'LEAD_MEMBER', 1, 1),
    ('adult-social-care-network', 'Adult Social Care and Health Lead Members'' Network', 'Lead members of the 11 counties and unitaries.', 'COUNTIES_AND_UNITARIES', 'LEAD_MEMBER', 1, 4),
    ('childrens-services-network', 'Children''s Services Lead Members'' Network', 'Lead members of the 11 counties and unitaries.', 'COUNTIES_AND_UNITARIES', 'LEAD_MEMBER', 1, 4),
    ('integration-network', 'East of England Integration Network', 'Better Care Fund and STP developments.', 'COUNTIES_AND_UNITARIES', 'OFFICER', 1, 4),
    ('hwb-chairs', 'Health and Wellbeing Board Chairs'' Network', 'Chairs of the health and wellbeing boards.', 'COUNTIES_AND_UNITARIES', 'MEMBER', 1, 2),
    ('european-forum', 'European and International Forum', 'Brings councils together with MEPs and European partners.', 'NAMED_COUNCILS', 'MEMBER', 1, 4),
    ('procurement-network', 'Procurement Network', 'Procurement officers; keeps the regional contracts database.', 'ALL_COUNCILS', 'OFFICER', 1, 2),
    ('spatial-planning-officers', 'Strategic Spatial Planning Officers'' Liaison Group', 'Planning officers; reviews the technical evidence stocktake.', 'ALL_COUNCILS', 'OFFICER', 1, 4);

insert into engagement_group_member (group_id, council_id)
select g.id, m.council_id
from engagement_group g
join (values
    ('management-committee', array['cambridgeshire', 'essex', 'hertfordshire', 'norfolk', 'suffolk', 'bedford',
        'luton', 'peterborough', 'southend', 'thurrock', 'cambridge', 'chelmsford', 'norwich', 'ipswich', 'st-albans']),
    ('improvement-efficiency-panel', array['essex', 'norfolk', 'central-bedfordshire', 'peterborough', 'colchester',
        'broadland', 'dacorum', 'huntingdonshire', 'mid-suffolk', 'basildon']),
    ('growth-infrastructure', array['cambridgeshire', 'essex', 'hertfordshire', 'norfolk', 'suffolk', 'bedford',
        'central-bedfordshire', 'luton', 'peterborough', 'southend', 'thurrock']),
    ('wse-steering', array['essex', 'hertfordshire', 'cambridgeshire', 'thurrock', 'luton', 'central-bedfordshire']),
    ('employers-panel', array['cambridgeshire', 'essex', 'hertfordshire', 'norfolk', 'suffolk', 'luton', 'southend',
        'norwich', 'ipswich', 'watford']),
    ('european-forum', array['essex', 'norfolk', 'suffolk', 'hertfordshire', 'cambridgeshire', 'southend', 'norwich',
        'colchester', 'great-yarmouth', 'luton'])
) as named(code, councils) on named.code = g.code
cross join lateral unnest(named.councils) as m(council_id);
