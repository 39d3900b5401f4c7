package org.tandem.webhooks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SSRF rules and the retry plan, with production settings (no Quarkus needed). */
class TargetGuardTest {

    private static WebhookSettings settings(boolean allowHttp, boolean allowPrivate) {
        Map<String, Object> values = Map.of("allowHttp", allowHttp, "allowPrivateAddresses", allowPrivate);
        return (WebhookSettings) Proxy.newProxyInstance(WebhookSettings.class.getClassLoader(), new Class<?>[] {WebhookSettings.class},
                (proxy, method, args) -> values.get(method.getName()));
    }

    private final TargetGuard production = new TargetGuard(settings(false, false));

    @Test
    void internalAddressesAreRefused() {
        for (String url : List.of("https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/", "https://172.16.0.9/",
                "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data/", "https://[::1]/", "https://[fd00::1]/",
                "https://[fe80::1]/", "https://[::ffff:127.0.0.1]/", "https://100.64.0.1/", "https://0.0.0.0/",
                "https://224.0.0.1/", "https://255.255.255.255/")) {
            TargetGuard.Refused refused = assertThrows(TargetGuard.Refused.class,
                    () -> production.checkAddresses(production.parse(url)), url);
            assertTrue(refused.getMessage().contains("private, loopback or link-local"), url);
        }
        assertDoesNotThrow(() -> production.checkAddresses(production.parse("https://93.184.215.14/hook")));
        assertDoesNotThrow(() -> production.checkAddresses(production.parse("https://[2606:4700::6810:85e5]/hook")));
    }

    @Test
    void onlyHttpsWithoutCredentialsUnlessConfigured() {
        assertEquals("must be an https URL", assertThrows(TargetGuard.Refused.class,
                () -> production.parse("http://93.184.215.14/")).getMessage());
        assertThrows(TargetGuard.Refused.class, () -> production.parse("ftp://example.org/"));
        assertThrows(TargetGuard.Refused.class, () -> production.parse("https://user:pw@example.org/"));
        assertThrows(TargetGuard.Refused.class, () -> production.parse("https:///nohost"));
        assertThrows(TargetGuard.Refused.class, () -> production.parse("not a url"));
        TargetGuard local = new TargetGuard(settings(true, true));
        assertDoesNotThrow(() -> local.checkAddresses(local.parse("http://127.0.0.1:9400/hook")));
    }

    @Test
    void retriesFollowTheScheduleWithJitterAndRetryAfterAndStop() {
        RetryPlan plan = new RetryPlan(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30)), 0.2,
                Duration.ofHours(24));
        Instant now = Instant.parse("2026-11-28T12:00:00Z");
        assertEquals(4, plan.attempts());
        for (int i = 0; i < 200; i++) {
            long first = Duration.between(now, plan.next(now, 1, null)).toMillis();
            assertTrue(first >= 4000 && first <= 6000, "5 s ± 20 %: " + first);
            long second = Duration.between(now, plan.next(now, 2, null)).toSeconds();
            assertTrue(second >= 240 && second <= 360, "5 min ± 20 %: " + second);
        }
        assertEquals(null, plan.next(now, 4, null), "no attempt after the last wait");
        assertEquals(now.plusSeconds(120), plan.next(now, 1, "120"), "Retry-After in seconds, when later than planned");
        assertEquals(Instant.parse("2026-11-28T15:00:00Z"), plan.next(now, 1, "Sat, 28 Nov 2026 15:00:00 GMT"));
        assertEquals(now.plus(Duration.ofHours(24)), plan.next(now, 1, "9999999"), "capped at a day");
        long ignored = Duration.between(now, plan.next(now, 1, "soon")).toMillis();
        assertTrue(ignored <= 6000, "an unreadable Retry-After is ignored");
    }
}
