/**
 * Talent Bank: the association's commercial services by area, its associates, and councils' requests through
 * quote, acceptance, scheduling, delivery, invoice and payment, with every change recorded; and the figures
 * (turnover, associate cost, gross profit against target) per area and year.
 */
@Uses({"platform.billing", "platform.framework"})
package uk.org.eelga.platform.talentbank;

import uk.org.eelga.shared.Uses;
