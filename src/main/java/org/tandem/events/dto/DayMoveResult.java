package org.tandem.events.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a day move moved. */
@Schema(name = "DayMoveResult")
public record DayMoveResult(@Schema(required = true) int slotsMoved, @Schema(required = true) int bookingsMoved) {
}
