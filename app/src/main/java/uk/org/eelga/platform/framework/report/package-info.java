/**
 * Reports of the framework: a PDF in the layout of the association's framework document, an XLSX export, and
 * the importer that reads next year's framework from CSV or XLSX and reports errors line by line.
 */
package uk.org.eelga.platform.framework.report;
