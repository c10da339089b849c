/** Pages of the performance framework: the framework with RAG, a measure's page, and a council's own view. */
package uk.org.eelga.platform.framework.ui;
