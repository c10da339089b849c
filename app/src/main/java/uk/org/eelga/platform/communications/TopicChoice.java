package uk.org.eelga.platform.communications;

import io.micronaut.serde.annotation.Serdeable;

/** Whether a person receives the communications of one topic by email (on unless they turned it off). */
@Serdeable
public record TopicChoice(Topic topic, String label, boolean subscribed) {}
