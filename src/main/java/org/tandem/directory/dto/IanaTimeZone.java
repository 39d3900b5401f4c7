package org.tandem.directory.dto;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** An IANA time zone name such as {@code America/Chicago}; null is left to {@code @NotNull}. */
@Constraint(validatedBy = IanaTimeZone.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface IanaTimeZone {

    String message() default "must be an IANA time zone such as America/Chicago";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Region names only: fixed offsets like {@code +02:00} do not follow daylight saving time. */
    class Check implements ConstraintValidator<IanaTimeZone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || ZoneId.getAvailableZoneIds().contains(value);
        }
    }
}
