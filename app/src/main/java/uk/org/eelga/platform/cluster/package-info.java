/**
 * Running as several nodes behind a proxy: background jobs that run on one node at a time (PostgreSQL advisory
 * locks), and a node that drains when it is stopped (readiness down, no new page sessions, requests in flight
 * finished) while its people are asked calmly to sign in again on another node.
 */
@Uses
package uk.org.eelga.platform.cluster;

import uk.org.eelga.shared.Uses;
