package org.tandem.celebrations.badges;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.platform.concurrency.Versioned;

/** The badge catalog's shapes. */
public final class BadgeViews {

    private BadgeViews() {
    }

    @Schema(name = "Badge")
    public record View(@Schema(required = true) UUID id, @Schema(required = true) String name,
                       @Schema(required = true, nullable = true) String description,
                       @Schema(required = true) BadgeSymbol symbol,
                       @Schema(required = true, description = "Retired badges stay on past celebrations and cannot "
                               + "be given any more") boolean active,
                       @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt,
                       @Schema(required = true) long version) implements Versioned {

        static View of(Badge b) {
            return new View(b.id(), b.name(), b.description(), b.symbol(), b.active(), b.createdAt(), b.updatedAt(),
                    b.version());
        }
    }

    @Schema(name = "NewBadge")
    public record NewBadge(@NotBlank @Size(max = 80) @Schema(required = true, maxLength = 80) String name,
                           @Size(max = 500) @Schema(nullable = true, maxLength = 500) String description,
                           @NotNull @Schema(required = true) BadgeSymbol symbol) {
    }

    @Schema(name = "BadgeChanges", description = "A JSON Merge Patch of a badge; `active: false` retires it")
    public record Changes(@NotBlank @Size(max = 80) @Schema(required = false, maxLength = 80) String name,
                          @Size(max = 500) @Schema(nullable = true, maxLength = 500) String description,
                          @NotNull @Schema(required = false) BadgeSymbol symbol,
                          @NotNull @Schema(required = false) Boolean active) {
    }

    @Schema(name = "BadgeList")
    public record Catalog(@Schema(required = true) List<View> items) {
    }
}
