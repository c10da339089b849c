/** Invoice pages: a council's own invoices, and the console's list of all with the membership run. */
package uk.org.eelga.platform.billing.ui;
