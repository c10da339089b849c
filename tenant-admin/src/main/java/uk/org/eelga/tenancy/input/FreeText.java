package uk.org.eelga.tenancy.input;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Text of at most {@link #max()} characters without control characters (see {@link Text}); null passes. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
public @interface FreeText {

    /** The most characters allowed. */
    int max();

    /** Whether line breaks are allowed. */
    boolean multiline() default false;

    String message() default "must be at most {max} characters of plain text (no control characters)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
