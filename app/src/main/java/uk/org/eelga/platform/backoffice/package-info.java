/**
 * Back-office entry (issue 14 point 2): one console page where association staff key in what happened on paper or
 * before the platform (an event's paper evaluation forms, a council's survey return, past appraisal support, past coaching delegates, past
 * Talent Bank work). Each feature keeps and labels its own records; this page only gathers their forms.
 */
@Uses({"platform.appraisal", "platform.coaching", "platform.engagement", "platform.survey", "platform.talentbank"})
package uk.org.eelga.platform.backoffice;

import uk.org.eelga.shared.Uses;
