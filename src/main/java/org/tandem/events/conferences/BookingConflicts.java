package org.tandem.events.conferences;

import java.sql.SQLException;
import org.tandem.platform.problem.ApiException;

/** Turns the database's refusal of a booking into the 409 that says which guarantee held. */
final class BookingConflicts {

    private BookingConflicts() {
    }

    static RuntimeException of(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                String message = String.valueOf(sql.getMessage());
                if (message.contains("conference_booking_one_per_slot")) {
                    return slotTaken();
                }
                if (message.contains("conference_booking_one_per_household")) {
                    return alreadyBooked();
                }
                if (message.contains("conference_booking_no_overlap")) {
                    return overlapping();
                }
            }
        }
        return failure;
    }

    static ApiException slotTaken() {
        return ApiException.conflict("slot_taken", "Someone booked this slot first; choose another");
    }

    static ApiException alreadyBooked() {
        return ApiException.conflict("already_booked",
                "Your household already has a slot for this student at this conference; reschedule it instead");
    }

    static ApiException overlapping() {
        return ApiException.conflict("overlapping_booking", "A guardian would hold two conference slots at the same time");
    }
}
