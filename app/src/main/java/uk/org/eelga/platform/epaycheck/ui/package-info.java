/** ePayCheck pages: the portal's subscription, pay data, projects and benchmarks; the console's subscribers, awards and projects. */
package uk.org.eelga.platform.epaycheck.ui;
