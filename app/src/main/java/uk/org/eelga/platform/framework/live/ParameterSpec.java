package uk.org.eelga.platform.framework.live;

import io.micronaut.core.annotation.Nullable;

/** A parameter a measure kind takes (e.g. which group, which event type); values are stored as text. */
public record ParameterSpec(String name, String label, boolean required, @Nullable String defaultValue) {}
