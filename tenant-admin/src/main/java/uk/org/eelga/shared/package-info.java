/**
 * The small shared kernel every feature of both modules uses, so that each rule is written once: money in pence
 * ({@link uk.org.eelga.shared.Money}), UK time and dates ({@link uk.org.eelga.shared.UkTime}), the April-to-March
 * reporting period ({@link uk.org.eelga.shared.ReportingPeriod}), shares in whole per cent
 * ({@link uk.org.eelga.shared.Percent}), formula-safe CSV ({@link uk.org.eelga.shared.Csv}) and the id made
 * from a name ({@link uk.org.eelga.shared.Slug}). Plain Java: no Vaadin, no Micronaut, no database, and nothing of the
 * platform's features or of tenancy, so anything may depend on it and it on nothing.
 */
package uk.org.eelga.shared;
