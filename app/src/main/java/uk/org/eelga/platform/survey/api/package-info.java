/** The REST API of surveys: councils answer their surveys, association staff build them and read results. */
package uk.org.eelga.platform.survey.api;
