package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pull's client as deployed (private addresses not allowed) against a provider on loopback: it
 * refuses before sending anything, token request included. With the setting on (as in the other
 * tests) the same provider is reached.
 */
class ProviderGuardTest {

    @Test
    void aProviderOnLoopbackIsNotCalledUnlessPrivateAddressesAreAllowed() {
        try (ProviderStub stub = new ProviderStub().load("v1p2-clean", ProviderStub.CLEAN_MODIFIED);
             HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            RestSources.RestSource source = new RestSources.RestSource("t", stub.baseUrl(), stub.tokenUrl(), null, null,
                    null, null, null, null, null, Instant.EPOCH, Instant.EPOCH, 1);
            CredentialBox.Credentials credentials = new CredentialBox.Credentials(ProviderStub.CLIENT_ID, ProviderStub.CLIENT_SECRET);

            OneRosterClient guarded = new OneRosterClient(http, new ObjectMapper(), settings(false),
                    new ProviderTokens(Clock.systemUTC()), source, credentials);
            ProviderFailure refused = assertThrows(ProviderFailure.class, () -> guarded.page("users", 0, 5, null));
            assertTrue(refused.getMessage().startsWith("The pull does not call 127.0.0.1, a loopback address; Tandem does not "
                    + "call private, loopback or link-local addresses"), refused.getMessage());
            assertEquals(0, stub.tokensIssued.get());
            assertTrue(stub.requests.isEmpty());

            OneRosterClient allowed = new OneRosterClient(http, new ObjectMapper(), settings(true),
                    new ProviderTokens(Clock.systemUTC()), source, credentials);
            assertEquals(5, allowed.page("users", 0, 5, null).records().size());
        }
    }

    /** The REST settings of application.properties' defaults, with private addresses allowed or not. */
    static RosterSettings.Rest settings(boolean allowPrivate) {
        Map<String, Object> values = Map.of("pageSize", 5, "connectTimeout", Duration.ofSeconds(2),
                "requestTimeout", Duration.ofSeconds(3), "maxPageBytes", 1_048_576L, "maxRecords", 1_000L,
                "allowInsecureUrls", true, "allowPrivateAddresses", allowPrivate, "maxAttempts", 3,
                "initialBackoff", Duration.ofMillis(50), "maxBackoff", Duration.ofSeconds(2));
        return (RosterSettings.Rest) Proxy.newProxyInstance(RosterSettings.Rest.class.getClassLoader(),
                new Class<?>[] {RosterSettings.Rest.class}, (proxy, method, args) -> {
                    Object value = values.get(method.getName());
                    if (value == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return value;
                });
    }
}
