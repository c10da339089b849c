/**
 * Demo data for a local run (never in tests or production): believable records for all 52 councils over several
 * years, so every page shows something real on first start. Enabled by {@code eelga.demo-data.enabled}.
 */
package uk.org.eelga.platform.demo;
