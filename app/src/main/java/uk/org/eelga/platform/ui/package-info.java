/** The pages every user meets: the layout and navigation, the home redirect, the council portal's home, errors. */
package uk.org.eelga.platform.ui;
