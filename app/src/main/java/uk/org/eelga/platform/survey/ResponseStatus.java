package uk.org.eelga.platform.survey;

import uk.org.eelga.shared.Labelled;

/** Where a council (or person) stands with a survey; pages show the word, never a colour alone. */
public enum ResponseStatus implements Labelled {
    NOT_STARTED,
    DRAFT,
    SUBMITTED;
}
