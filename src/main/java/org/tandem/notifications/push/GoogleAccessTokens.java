package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OAuth 2.0 for a Google service account (RFC 7523 JWT bearer grant): a signed assertion for the
 * firebase.messaging scope is exchanged at the account's token_uri for an access token, kept until five
 * minutes before it expires and shared by every send. {@link #forget()} drops it after a 401.
 */
final class GoogleAccessTokens {

    static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

    /** What FCM needs of the service account's JSON key file. */
    record ServiceAccount(String clientEmail, String privateKeyId, PrivateKey privateKey, String tokenUri, String projectId) {

        static ServiceAccount read(Path file, ObjectMapper json) {
            try {
                JsonNode key = json.readTree(Files.readString(file));
                return new ServiceAccount(key.path("client_email").asText(), key.path("private_key_id").asText(null),
                        CompactJws.pkcs8(key.path("private_key").asText(), "RSA"),
                        key.path("token_uri").asText("https://oauth2.googleapis.com/token"), key.path("project_id").asText(null));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the FCM service account file " + file, e);
            }
        }
    }

    /** An access token, or the failure that stands in for the send it was needed for. */
    record Token(String value, PushResult failure) {
    }

    private record Held(String value, Instant refreshAt) {
    }

    private final ServiceAccount account;
    private final HttpClient client;
    private final PushSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile Held held;

    GoogleAccessTokens(ServiceAccount account, HttpClient client, PushSettings settings, ObjectMapper json, Clock clock) {
        this.account = account;
        this.client = client;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    Token current() {
        Held now = held;
        if (now != null && clock.instant().isBefore(now.refreshAt())) {
            return new Token(now.value(), null);
        }
        synchronized (this) {
            if (held != null && clock.instant().isBefore(held.refreshAt())) {
                return new Token(held.value(), null);
            }
            return fetch();
        }
    }

    void forget() {
        held = null;
    }

    private Token fetch() {
        Instant issued = clock.instant();
        ObjectNode header = json.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        if (account.privateKeyId() != null) {
            header.put("kid", account.privateKeyId());
        }
        ObjectNode claims = json.createObjectNode().put("iss", account.clientEmail()).put("scope", SCOPE)
                .put("aud", account.tokenUri()).put("iat", issued.getEpochSecond())
                .put("exp", issued.plus(Duration.ofHours(1)).getEpochSecond());
        String form = "grant_type=" + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&assertion=" + CompactJws.sign(header, claims, account.privateKey());
        PushHttp.Exchange exchange = PushHttp.exchange(client, HttpRequest.newBuilder(URI.create(account.tokenUri()))
                .timeout(settings.requestTimeout()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (exchange.failure() != null) {
            return new Token(null, exchange.failure());
        }
        HttpResponse<String> response = exchange.response();
        String answer = "token endpoint: " + PushHttp.excerpt(response.body());
        if (response.statusCode() != 200) {
            // A refused service account fails every device alike: worth retrying once the key is fixed.
            return new Token(null, PushResult.retry(response.statusCode(), answer, PushHttp.retryAfter(response).orElse(null)));
        }
        try {
            JsonNode body = json.readTree(response.body());
            String value = body.path("access_token").asText(null);
            if (value == null) {
                return new Token(null, PushResult.retry(response.statusCode(), answer, null));
            }
            long lifetime = body.path("expires_in").asLong(3600);
            held = new Held(value, issued.plusSeconds(Math.max(0, lifetime - 300)));
            return new Token(value, null);
        } catch (IOException e) {
            return new Token(null, PushResult.retry(response.statusCode(), answer, null));
        }
    }
}
