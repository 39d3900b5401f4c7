package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jboss.logging.Logger;

/**
 * Apple Push Notification service over HTTP/2 with token-based authentication:
 * {@code POST /3/device/<token>} with {@code authorization: bearer <provider token>}, {@code apns-topic}
 * (the app's bundle id), {@code apns-push-type: alert}, {@code apns-priority}, {@code apns-expiration}
 * and {@code apns-collapse-id}. Answers per Apple's "Handling notification responses from APNs": 410
 * Unregistered and 400 BadDeviceToken / DeviceTokenNotForTopic forget the device; 429 and 5xx are
 * retried; 403 ExpiredProviderToken renews the provider token and is retried.
 */
@ApplicationScoped
public class ApnsProvider implements PushProvider {

    private static final Logger LOG = Logger.getLogger(ApnsProvider.class);
    /** APNs' limit for an alert's payload. */
    static final int MAX_PAYLOAD = 4096;
    /** Without a Retry-After, a 429 waits this long: APNs throttles a device for a while. */
    static final Duration THROTTLED = Duration.ofMinutes(1);
    private static final Set<String> GONE = Set.of("Unregistered", "BadDeviceToken", "DeviceTokenNotForTopic", "ExpiredToken");

    private final PushSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient client;
    private final ApnsProviderTokens tokens;

    ApnsProvider(PushSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        PushSettings.Apns apns = settings.apns();
        ApnsProviderTokens configured = null;
        HttpClient http = null;
        if (apns.teamId().isPresent() && apns.keyId().isPresent() && apns.privateKeyFile().isPresent()) {
            try {
                configured = new ApnsProviderTokens(apns.teamId().get(), apns.keyId().get(),
                        CompactJws.pkcs8(Files.readString(Path.of(apns.privateKeyFile().get())), "EC"), json, clock);
                HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
                        .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER);
                if (apns.trustStoreFile().isPresent()) {
                    builder.sslContext(trusting(Path.of(apns.trustStoreFile().get()), apns.trustStorePassword().orElse("")));
                }
                http = builder.build();
            } catch (IOException | RuntimeException | GeneralSecurityException e) {
                LOG.errorf(e, "APNs is off: its key or trust store cannot be used");
                configured = null;
            }
        }
        this.tokens = configured;
        this.client = http;
    }

    @Override
    public PushPlatform platform() {
        return PushPlatform.APNS;
    }

    @Override
    public boolean configured() {
        return tokens != null;
    }

    @Override
    public PushResult send(PushDevice device, PushMessage message) {
        String base = "development".equals(device.environment()) ? settings.apns().developmentUrl() : settings.apns().productionUrl();
        String providerToken = tokens.current();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/3/device/" + device.address()))
                .timeout(settings.requestTimeout())
                .header("authorization", "bearer " + providerToken)
                .header("apns-topic", device.appId())
                .header("apns-push-type", "alert")
                .header("apns-priority", message.urgent() ? "10" : "5")
                .header("apns-expiration", Long.toString(clock.instant().plus(settings.timeToLive()).getEpochSecond()))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PushHttp.fit(message, MAX_PAYLOAD, this::render)));
        if (message.collapseKey() != null) {
            request.header("apns-collapse-id", collapseId(message.collapseKey()));
        }
        PushHttp.Exchange exchange = PushHttp.exchange(client, request.build());
        if (exchange.failure() != null) {
            return exchange.failure();
        }
        HttpResponse<String> response = exchange.response();
        int status = response.statusCode();
        if (status == 200) {
            return PushResult.accepted(status, "apns-id " + response.headers().firstValue("apns-id").orElse("?"));
        }
        String reason = reason(response.body());
        String answer = PushHttp.excerpt(reason == null ? "HTTP " + status : reason);
        if (reason != null && GONE.contains(reason)) {
            return PushResult.gone(status, answer);
        }
        if (status == 403 && "ExpiredProviderToken".equals(reason)) {
            tokens.expired(providerToken);
            return PushResult.retry(status, answer, null);
        }
        if (status == 429) {
            return PushResult.retry(status, answer, PushHttp.retryAfter(response).orElse(THROTTLED));
        }
        if (status >= 500) {
            return PushResult.retry(status, answer, PushHttp.retryAfter(response).orElse(null));
        }
        return PushResult.rejected(status, answer);
    }

    /** The alert the system shows and, beside aps, what the app routes with. */
    byte[] render(PushMessage message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode aps = root.putObject("aps");
        aps.putObject("alert").put("title", message.title()).put("body", message.body());
        aps.put("sound", "default");
        if (message.collapseKey() != null) {
            aps.put("thread-id", message.collapseKey());
        }
        if (message.urgent()) {
            aps.put("interruption-level", "time-sensitive");
        }
        root.put("kind", message.kind());
        if (message.link() != null) {
            root.put("link", message.link());
        }
        if (message.notificationId() != null) {
            root.put("notificationId", message.notificationId().toString());
        }
        ObjectNode data = root.putObject("data");
        message.data().forEach(data::put);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** apns-collapse-id is at most 64 bytes: a longer key is replaced by its SHA-256 in hex. */
    static String collapseId(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length <= 64) {
            return key;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String reason(String body) {
        try {
            JsonNode answer = body == null || body.isBlank() ? null : json.readTree(body);
            return answer == null ? null : answer.path("reason").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static SSLContext trusting(Path trustStore, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            store.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
