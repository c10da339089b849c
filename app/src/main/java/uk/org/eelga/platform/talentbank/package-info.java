/**
 * Talent Bank: the association's commercial services by area, its associates, and councils' requests through
 * quote, acceptance, scheduling, delivery, invoice and payment, with every change recorded; and the figures
 * (turnover, associate cost, gross profit against target) per area and year.
 */
package uk.org.eelga.platform.talentbank;
