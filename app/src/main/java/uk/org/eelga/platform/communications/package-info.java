/**
 * Member communications: staff record what the association sent and published (e-bulletins, case studies,
 * Chairman's briefs, policy and funding bulletins, member briefings, letters and submissions to Government) and the
 * briefings prepared for meetings (for the Chairman before each LGA Executive meeting; for members before a meeting
 * of one of the association's groups). Councils read the published archive. Feeds the communications measures.
 */
@Uses({"platform.cluster", "platform.framework", "platform.mail"})
package uk.org.eelga.platform.communications;

import uk.org.eelga.shared.Uses;
