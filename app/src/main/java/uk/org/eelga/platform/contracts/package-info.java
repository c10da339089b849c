/**
 * The regional contract database: each council registers its contracts; councils search the regional register
 * (deliberately shared, but only the contracts and fields each council marks shareable, through a security-definer
 * function); reminders before a contract ends; the association spots collaboration chances (several councils with
 * contracts in one category ending within a year of each other). Feeds the participation measure.
 */
@Uses({"platform.framework"})
package uk.org.eelga.platform.contracts;

import uk.org.eelga.shared.Uses;
