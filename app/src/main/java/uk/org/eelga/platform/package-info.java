/** The runnable platform: configuration and start-up; features live in sub-packages. */
package uk.org.eelga.platform;
