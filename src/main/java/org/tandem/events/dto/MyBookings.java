package org.tandem.events.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The household's conference bookings and what teachers changed about them. */
@Schema(name = "MyConferenceBookings")
public record MyBookings(@Schema(required = true) List<BookingView> bookings,
                         @Schema(required = true) List<ChangeView> changes) {
}
