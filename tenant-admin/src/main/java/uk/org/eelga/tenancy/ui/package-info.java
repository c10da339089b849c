/** What the platform's page frame needs from features: their navigation entries. */
package uk.org.eelga.tenancy.ui;
