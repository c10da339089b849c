/**
 * The coaching programme: the association's cohorts and sessions (shared catalogue), councils' bookings of named
 * delegates (tenant-owned) with a waitlist that promotes automatically, attendance and completion, and the
 * figures the performance framework reads.
 */
@Uses({"platform.framework", "platform.mail"})
package uk.org.eelga.platform.coaching;

import uk.org.eelga.shared.Uses;
