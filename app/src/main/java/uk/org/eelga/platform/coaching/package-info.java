/**
 * The coaching programme: the association's cohorts and sessions (shared catalogue), councils' bookings of named
 * delegates (tenant-owned) with a waitlist that promotes automatically, attendance and completion, and the
 * figures the performance framework reads.
 */
package uk.org.eelga.platform.coaching;
