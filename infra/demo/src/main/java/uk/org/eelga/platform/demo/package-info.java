/**
 * Demo data for a local run: believable records for all 52 councils over several years, so every page shows
 * something real on first start. This module (infra/demo) is never in the production jar or image: the run command
 * puts its jar beside the platform's on the class path and sets {@code EELGA_DEMO_DATA=true}, which loads Flyway's
 * {@code db/demo} records and runs each feature's {@link uk.org.eelga.platform.demo.DemoDataLoader} once the server is
 * up. The loaders sit in their features' packages ({@code engagement.EngagementDemoData},
 * {@code survey.SurveyDemoData}, {@code framework.FrameworkDemoValues}) so they write through the features' own
 * services and stores, as a person would; the tests beside them check the records.
 */
package uk.org.eelga.platform.demo;
