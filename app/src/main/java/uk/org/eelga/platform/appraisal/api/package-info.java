/** The REST API of Chief Executive appraisal support: councils request and follow; staff decide. */
package uk.org.eelga.platform.appraisal.api;
