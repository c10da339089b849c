/**
 * The console's Merge councils page: association admins merge councils into a successor (with a confirm step)
 * and retry moving people whose move stopped; other association staff see the past merges only.
 */
package uk.org.eelga.tenancy.merge.ui;
