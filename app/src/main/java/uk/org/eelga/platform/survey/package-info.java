/**
 * Surveys and event evaluations: the association builds surveys (shared), councils answer them (tenant-owned
 * responses under row-level security), staff read results, send reminders and export; figures for the
 * engagement summary and the performance framework ({@link uk.org.eelga.platform.survey.SurveyFigures}).
 */
@Uses({"platform.cluster", "platform.engagement", "platform.framework", "platform.mail", "platform.ui"})
package uk.org.eelga.platform.survey;

import uk.org.eelga.shared.Uses;
