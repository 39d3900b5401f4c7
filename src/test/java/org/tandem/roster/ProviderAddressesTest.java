package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST pull's guard against being pointed at the instance's own network, and its retry waits. */
class ProviderAddressesTest {

    @Test
    void privateLoopbackAndLinkLocalAddressesAreRefused() throws Exception {
        for (String address : List.of("127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1",
                "172.31.255.254", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.255", "fd00::1",
                "fc12:3456::1", "fe80::1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "2002:a00:1::1", "224.0.0.1",
                "ff02::1", "240.0.0.1", "198.18.0.1", "192.0.0.8")) {
            assertNotNull(ProviderAddresses.forbidden(InetAddress.getByName(address)), address);
        }
        for (String address : List.of("93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1",
                "2606:4700:4700::1111", "2002:5db8:d822::1")) {
            assertNull(ProviderAddresses.forbidden(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void aUrlIsCheckedByItsHostUnlessPrivateAddressesAreAllowed() {
        for (String url : List.of("http://127.0.0.1:8080/ims", "https://[::1]/ims", "https://localhost/ims",
                "https://169.254.169.254/latest/meta-data", "https://10.0.0.7/oneroster", "https://[::ffff:192.168.0.1]/x")) {
            String why = ProviderAddresses.forbidden(URI.create(url), false);
            assertNotNull(why, url);
            assertTrue(why.endsWith("Tandem does not call private, loopback or link-local addresses"), why);
            assertNull(ProviderAddresses.forbidden(URI.create(url), true), url);
        }
        assertTrue(ProviderAddresses.forbidden(URI.create("https://localhost/ims"), false).startsWith("localhost ("));
        assertNull(ProviderAddresses.forbidden(URI.create("https://93.184.216.34/ims"), false));
        // A name that does not resolve is left to the request, which fails with its own reason.
        assertNull(ProviderAddresses.forbidden(URI.create("https://no-such-host.invalid/ims"), false));
    }

    @Test
    void backoffDoublesWithJitterUpToItsCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8));
        for (int i = 0; i < 50; i++) {
            assertBetween(backoff.before(2), 500, 1_000);
            assertBetween(backoff.before(3), 1_000, 2_000);
            assertBetween(backoff.before(4), 2_000, 4_000);
            assertBetween(backoff.before(5), 4_000, 8_000);
            assertBetween(backoff.before(30), 4_000, 8_000);
        }
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertEquals(Duration.ofSeconds(7), Backoff.retryAfter(headers("7"), now));
        assertEquals(Duration.ofSeconds(90), Backoff.retryAfter(headers("Sat, 28 Nov 2026 12:01:30 GMT"), now));
        assertEquals(Duration.ZERO, Backoff.retryAfter(headers("Sat, 28 Nov 2026 11:00:00 GMT"), now));
        assertNull(Backoff.retryAfter(headers("soon"), now));
        assertNull(Backoff.retryAfter(HttpHeaders.of(Map.of(), (a, b) -> true), now));
    }

    private static HttpHeaders headers(String retryAfter) {
        return HttpHeaders.of(Map.of("Retry-After", List.of(retryAfter)), (a, b) -> true);
    }

    private static void assertBetween(Duration wait, long fromMillis, long toMillis) {
        assertTrue(wait.toMillis() >= fromMillis && wait.toMillis() <= toMillis, wait::toString);
    }
}
