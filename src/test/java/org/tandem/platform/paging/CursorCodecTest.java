package org.tandem.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.platform.problem.ApiException;

/**
 * The codec keeps one keyed MAC per thread: cursors stay bound to their list and secret, and
 * threads sharing the codec never see each other's half-computed MAC.
 */
class CursorCodecTest {

    record Position(String at, int id) {}

    private final CursorCodec codec = new CursorCodec(new ObjectMapper(), () -> "a-test-secret");

    @Test
    void aCursorRoundTripsOnItsOwnList() {
        String cursor = codec.encode("inbox:me", new Position("2026-11-29T10:00:00Z", 7));
        assertEquals(new Position("2026-11-29T10:00:00Z", 7), codec.decode("inbox:me", cursor, Position.class));
        assertNull(codec.decode("inbox:me", null, Position.class));
        assertNull(codec.decode("inbox:me", "", Position.class));
    }

    @Test
    void aCursorFromAnotherListOrSecretOrEditedIsRefused() {
        String cursor = codec.encode("inbox:me", new Position("x", 1));
        assertThrows(ApiException.class, () -> codec.decode("inbox:someone-else", cursor, Position.class));
        CursorCodec other = new CursorCodec(new ObjectMapper(), () -> "another-secret");
        assertThrows(ApiException.class, () -> other.decode("inbox:me", cursor, Position.class));
        String edited = codec.encode("inbox:me", new Position("x", 2)).split("\\.")[0] + "." + cursor.split("\\.")[1];
        assertThrows(ApiException.class, () -> codec.decode("inbox:me", edited, Position.class));
        assertThrows(ApiException.class, () -> codec.decode("inbox:me", "not-a-cursor", Position.class));
    }

    @Test
    void threadsSharingTheCodecGetTheSameCursorsAsOneThreadAlone() throws Exception {
        int perThread = 2_000;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < perThread; i++) {
            expected.add(codec.encode("list:" + (i % 7), new Position("p" + i, i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String cursor = codec.encode("list:" + (i % 7), new Position("p" + i, i));
                        assertEquals(expected.get(i), cursor);
                        assertEquals(new Position("p" + i, i), codec.decode("list:" + (i % 7), cursor, Position.class));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
