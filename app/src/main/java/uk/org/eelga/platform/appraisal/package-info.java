/**
 * Support with Chief Executive appraisals: a council's leader or admin asks for it, association staff schedule it
 * with an adviser, mark it delivered or decline it with a reason, and the unmet requests per year are counted.
 */
@Uses({"platform.framework"})
package uk.org.eelga.platform.appraisal;

import uk.org.eelga.shared.Uses;
