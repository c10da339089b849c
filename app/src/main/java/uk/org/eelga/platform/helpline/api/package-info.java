/** The REST API of the HR helpline: councils raise and follow their queries; the association's advisers answer. */
package uk.org.eelga.platform.helpline.api;
