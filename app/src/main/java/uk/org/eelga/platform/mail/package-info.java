/**
 * Email the platform sends (reminders, confirmations with calendar attachments, invitations): over SMTP when a
 * server is configured, otherwise written as .eml files to a folder so a local run never loses a message.
 */
@Uses
package uk.org.eelga.platform.mail;

import uk.org.eelga.shared.Uses;
