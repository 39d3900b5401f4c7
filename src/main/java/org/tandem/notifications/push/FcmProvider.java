package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Firebase Cloud Messaging, HTTP v1: {@code POST /v1/projects/{project}/messages:send} with a service
 * account's access token. Errors follow firebase.google.com/docs/cloud-messaging/error-codes: a 404
 * UNREGISTERED token, or a 400 whose FcmError says the token itself is invalid, or a token of another
 * sender (403 SENDER_ID_MISMATCH) is forgotten; 429 QUOTA_EXCEEDED and 5xx are retried after the
 * Retry-After FCM gives; a 401 drops the cached access token and is retried.
 */
@ApplicationScoped
public class FcmProvider implements PushProvider {

    private static final Logger LOG = Logger.getLogger(FcmProvider.class);
    /** FCM's limit for a message to a token. */
    static final int MAX_MESSAGE = 4096;

    private final PushSettings settings;
    private final ObjectMapper json;
    private final HttpClient client;
    private final GoogleAccessTokens tokens;
    private final String sendUrl;

    FcmProvider(PushSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.client = PushHttp.client(settings, HttpClient.Version.HTTP_2);
        GoogleAccessTokens.ServiceAccount account = null;
        if (settings.fcm().serviceAccountFile().isPresent()) {
            try {
                account = GoogleAccessTokens.ServiceAccount.read(Path.of(settings.fcm().serviceAccountFile().get()), json);
            } catch (RuntimeException e) {
                LOG.errorf(e, "FCM is off: the service account file cannot be used");
            }
        }
        String project = account == null ? null : settings.fcm().projectId().orElse(account.projectId());
        this.tokens = account == null || project == null ? null : new GoogleAccessTokens(account, client, settings, json, clock);
        this.sendUrl = project == null ? null : settings.fcm().baseUrl().replaceAll("/+$", "") + "/v1/projects/"
                + URLEncoder.encode(project, StandardCharsets.UTF_8) + "/messages:send";
    }

    @Override
    public PushPlatform platform() {
        return PushPlatform.FCM;
    }

    @Override
    public boolean configured() {
        return tokens != null;
    }

    @Override
    public PushResult send(PushDevice device, PushMessage message) {
        GoogleAccessTokens.Token token = tokens.current();
        if (token.failure() != null) {
            return token.failure();
        }
        byte[] body = PushHttp.fit(message, MAX_MESSAGE, m -> render(device, m));
        PushHttp.Exchange exchange = PushHttp.exchange(client, HttpRequest.newBuilder(URI.create(sendUrl))
                .timeout(settings.requestTimeout()).header("Authorization", "Bearer " + token.value())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        if (exchange.failure() != null) {
            return exchange.failure();
        }
        return answer(exchange.response());
    }

    private PushResult answer(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 200) {
            return PushResult.accepted(status, PushHttp.excerpt(read(response.body()).path("name").asText("sent")));
        }
        JsonNode error = read(response.body()).path("error");
        String fcmCode = fcmErrorCode(error);
        String answer = PushHttp.excerpt((fcmCode != null ? fcmCode : error.path("status").asText("HTTP " + status))
                + ": " + error.path("message").asText(""));
        if ("UNREGISTERED".equals(fcmCode) || "SENDER_ID_MISMATCH".equals(fcmCode)
                || ("INVALID_ARGUMENT".equals(fcmCode) && error.path("message").asText("").contains("registration token"))) {
            return PushResult.gone(status, answer);
        }
        if (status == 401) {
            tokens.forget();
            return PushResult.retry(status, answer, null);
        }
        if (status == 429 || status >= 500) {
            return PushResult.retry(status, answer, PushHttp.retryAfter(response).orElse(null));
        }
        return PushResult.rejected(status, answer);
    }

    /** The FcmError detail's errorCode, which says more than the HTTP status (UNREGISTERED, QUOTA_EXCEEDED, ...). */
    private static String fcmErrorCode(JsonNode error) {
        for (JsonNode detail : error.path("details")) {
            if (detail.path("@type").asText().endsWith("google.firebase.fcm.v1.FcmError")) {
                return detail.path("errorCode").asText(null);
            }
        }
        return null;
    }

    private JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** The message: a notification the system shows, data the app routes with, and Android delivery options. */
    byte[] render(PushDevice device, PushMessage message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode m = root.putObject("message");
        m.put("token", device.address());
        m.putObject("notification").put("title", message.title()).put("body", message.body());
        ObjectNode data = m.putObject("data");
        message.data().forEach(data::put);
        data.put("kind", message.kind());
        if (message.link() != null) {
            data.put("link", message.link());
        }
        if (message.notificationId() != null) {
            data.put("notificationId", message.notificationId().toString());
        }
        ObjectNode android = m.putObject("android");
        android.put("priority", message.urgent() ? "HIGH" : "NORMAL");
        android.put("ttl", settings.timeToLive().toSeconds() + "s");
        if (message.collapseKey() != null) {
            android.put("collapse_key", message.collapseKey());
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }
}
