/** The Talent Bank's pages: the council's (catalogue, request, quotes) and the association console's. */
package uk.org.eelga.platform.talentbank.ui;
