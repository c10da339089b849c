/** Appraisal support pages: the portal's request and status page, the console's requests page. */
package uk.org.eelga.platform.appraisal.ui;
