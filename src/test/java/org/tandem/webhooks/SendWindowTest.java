package org.tandem.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-endpoint window: additive increase while the endpoint keeps up, halving when it struggles. */
class SendWindowTest {

    private static final Claim CLAIM = new Claim("t", UUID.randomUUID(), UUID.randomUUID(), "https://example.org/hook", 1, 0, false);

    private static Outcome outcome(String kind, Integer status) {
        return new Outcome(CLAIM, Instant.EPOCH, kind, status, 5, null, null, null);
    }

    @Test
    void startsAtEightAndWidensByOnePerWindowOfSuccessesUpToTheMaximum() {
        SendWindow window = new SendWindow(32);
        assertEquals(8, window.size());
        for (int i = 0; i < 8; i++) {
            window.answered(outcome("succeeded", 200));
        }
        assertEquals(9, window.size(), "one more after a whole window answered");
        for (int i = 0; i < 1_000; i++) {
            window.answered(outcome("succeeded", 204));
        }
        assertEquals(32, window.size(), "never past the maximum");
        assertEquals(3, new SendWindow(3).size(), "a maximum under eight is where it starts");
    }

    @Test
    void halvesOnTimeoutsFailedConnectionsTooManyRequestsAndServerErrorsButNotOnOtherAnswers() {
        SendWindow window = new SendWindow(32);
        for (int i = 0; i < 1_000; i++) {
            window.answered(outcome("succeeded", 200));
        }
        window.answered(outcome("timeout", null));
        assertEquals(16, window.size());
        window.answered(outcome("failed", 503));
        assertEquals(8, window.size());
        window.answered(outcome("failed", 429));
        assertEquals(4, window.size());
        window.answered(outcome("refused", null));
        assertEquals(2, window.size());
        window.answered(outcome("failed", null));
        assertEquals(1, window.size());
        window.answered(outcome("failed", 500));
        assertEquals(1, window.size(), "never below one");

        window.answered(outcome("failed", 400));
        window.answered(outcome("failed", 404));
        window.answered(outcome("gone", 410));
        assertEquals(1, window.size(), "an answer that says nothing about load changes nothing");
        window.answered(outcome("succeeded", 200));
        assertEquals(2, window.size(), "and it widens again as soon as the endpoint answers");
    }
}
