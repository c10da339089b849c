/** REST endpoints of the performance framework under /api/v1/frameworks. */
package uk.org.eelga.platform.framework.api;
