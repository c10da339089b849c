/**
 * ePayCheck pay benchmarking: councils subscribe per financial year (invoiced through billing), submit their pay
 * data per job family and grade and update it after each national pay award (or are suspended from seeing others'
 * data); the association runs priority data projects and chases non-submitters; subscribers see regional benchmarks
 * only as aggregates over at least five councils. Feeds the framework's live measures ({@code EpayCheckMeasures}).
 */
@Uses({"platform.billing", "platform.framework"})
package uk.org.eelga.platform.epaycheck;

import uk.org.eelga.shared.Uses;
