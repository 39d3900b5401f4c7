package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message's original text and every rendition of it in other languages. */
@Schema(name = "MessageRenditions")
public record Renditions(
        @Schema(required = true) UUID messageId,
        @Schema(required = true, description = "BCP 47 language of the original") String language,
        @Schema(description = "The original text; absent when deleted") @JsonInclude(JsonInclude.Include.NON_NULL)
        String body,
        @Schema(required = true, description = "One per language, sorted by language") List<Rendition> renditions,
        @Schema(required = true, description = "Languages a machine translation is still being made for")
        List<String> pendingLanguages) {

    /** The most a rendition may hold: translations run longer than their originals. */
    public static final int MAX_LENGTH = 2 * NewMessage.MAX_LENGTH;

    @Schema(name = "MessageRendition")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rendition(
            @Schema(required = true, description = "BCP 47 language tag", example = "es") String language,
            @Schema(required = true) String body,
            @Schema(required = true, enumeration = {"machine", "human"}) String source,
            @Schema(description = "Who wrote a human rendition") UUID translatedBy,
            @Schema(required = true) Instant createdAt) {
    }

    /** A person's translation of a message; it replaces a machine one. */
    @Schema(name = "HumanTranslation")
    public record HumanTranslation(
            @NotBlank @Size(max = MAX_LENGTH)
            @Schema(required = true, maxLength = MAX_LENGTH, description = "The message's text in the path's language")
            String body) {
    }
}
