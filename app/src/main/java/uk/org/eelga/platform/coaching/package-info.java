/**
 * The coaching programme: the association's cohorts and sessions (shared catalogue), councils' bookings of named
 * delegates (tenant-owned) with a waitlist that promotes automatically, attendance and completion, and the
 * figures the performance framework reads. Paid places are invoiced here ({@code CoachingPlacesInvoicing}, its button
 * on the console's coaching page) through billing's {@code OnBehalfBilling}: coaching uses billing, never the reverse.
 */
@Uses({"platform.billing", "platform.framework", "platform.mail"})
package uk.org.eelga.platform.coaching;

import uk.org.eelga.shared.Uses;
