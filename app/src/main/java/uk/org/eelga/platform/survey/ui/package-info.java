/** Survey pages: the council portal's survey list and answer page; the console's builder and results. */
package uk.org.eelga.platform.survey.ui;
