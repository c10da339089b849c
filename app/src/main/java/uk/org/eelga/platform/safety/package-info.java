/** Fail closed: the platform refuses to start in production with any development default, and names each one. */
package uk.org.eelga.platform.safety;
