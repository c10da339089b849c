package uk.org.eelga.tenancy.input;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.time.temporal.Temporal;

/** Micronaut's validators for {@link FreeText} and {@link PlausibleDate}, applying {@link Text} and {@link Dates}. */
@Factory
class InputValidators {

    @Singleton
    ConstraintValidator<FreeText, CharSequence> freeText() {
        return (value, annotation, context) -> value == null
                || (value.length() <= annotation.intValue("max").orElse(Integer.MAX_VALUE)
                        && !Text.hasControlCharacters(
                                value, annotation.booleanValue("multiline").orElse(false)));
    }

    @Singleton
    ConstraintValidator<PlausibleDate, Temporal> plausibleDate() {
        return (value, annotation, context) -> Dates.plausible(value);
    }
}
