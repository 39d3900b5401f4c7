package org.tandem.identity.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of their own account a person may change; a merge patch sets only what it names. */
@Schema(name = "MeUpdate")
public record MeUpdate(
        @NotBlank @Size(max = 200)
        @Schema(required = false, maxLength = 200, description = "The name others see") String displayName,
        @NotBlank @Size(min = 2, max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag")
        @Schema(required = false, minLength = 2, maxLength = 35, pattern = LANGUAGE_TAG, example = "es",
                description = "BCP 47 language tag; messages in other languages are translated into it")
        String preferredLanguage) {

    /** A BCP 47 tag as people and apps send it: a language, then optional script, region or variant subtags. */
    public static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
}
