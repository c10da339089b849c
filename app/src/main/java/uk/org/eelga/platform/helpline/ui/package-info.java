/** HR helpline pages: the portal's queries and threads, the console's advisers' desk with the year's figures. */
package uk.org.eelga.platform.helpline.ui;
