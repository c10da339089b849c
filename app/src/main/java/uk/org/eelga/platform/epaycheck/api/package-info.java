/** The REST API of ePayCheck: a council's own subscription, pay data and benchmarks; staff's awards and projects. */
package uk.org.eelga.platform.epaycheck.api;
