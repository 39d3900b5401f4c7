package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.interaso.webpush.WebPush;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Web Push: RFC 8030 delivery, the payload encrypted for the browser per RFC 8291 (aes128gcm) and the
 * request signed with our VAPID key per RFC 8292, both by com.interaso:webpush; the exchange itself is
 * ours (the JDK client), so its timeouts and the push service's answers are handled like the others'.
 * A 404 or 410 means the subscription is gone (RFC 8030 §7.3, §8.1).
 */
@ApplicationScoped
public class WebPushProvider implements PushProvider {

    /** RFC 8030 §7.2 asks push services to accept at least 4096 bytes of payload; RFC 8291 adds 103 of overhead. */
    static final int MAX_PLAINTEXT = 4096 - 103;

    private final WebPush webPush;
    private final PushSettings settings;
    private final ObjectMapper json;
    private final HttpClient client;

    WebPushProvider(VapidKeyPair vapid, PushSettings settings, ObjectMapper json) {
        this.webPush = new WebPush(settings.web().subject(), vapid.keys());
        this.settings = settings;
        this.json = json;
        this.client = PushHttp.client(settings, HttpClient.Version.HTTP_1_1);
    }

    @Override
    public PushPlatform platform() {
        return PushPlatform.WEB;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public PushResult send(PushDevice device, PushMessage message) {
        byte[] plaintext = PushHttp.fit(message, MAX_PLAINTEXT, this::render);
        byte[] body = webPush.getBody(plaintext, decode(device.p256dh()), decode(device.authSecret()));
        Map<String, String> headers = webPush.getHeaders(device.address(),
                (int) settings.timeToLive().toSeconds(), topic(message.collapseKey()),
                message.urgent() ? WebPush.Urgency.High : WebPush.Urgency.Normal);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(device.address()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        PushHttp.Exchange exchange = PushHttp.exchange(client, request.build());
        if (exchange.failure() != null) {
            return exchange.failure();
        }
        HttpResponse<String> response = exchange.response();
        int status = response.statusCode();
        String answer = PushHttp.excerpt(response.body());
        if (status >= 200 && status < 300) {
            return PushResult.accepted(status, "accepted by the push service");
        }
        if (status == 404 || status == 410) {
            return PushResult.gone(status, answer);
        }
        if (status == 429 || status >= 500) {
            return PushResult.retry(status, answer, PushHttp.retryAfter(response).orElse(null));
        }
        return PushResult.rejected(status, answer);
    }

    /** What the app's service worker receives in its push event: the text to show and where it leads. */
    byte[] render(PushMessage message) {
        ObjectNode payload = json.createObjectNode();
        payload.put("id", message.notificationId() == null ? null : message.notificationId().toString());
        payload.put("kind", message.kind());
        payload.put("title", message.title());
        payload.put("body", message.body());
        payload.put("link", message.link());
        payload.put("urgent", message.urgent());
        ObjectNode data = payload.putObject("data");
        message.data().forEach(data::put);
        return payload.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * RFC 8030 §5.4: a Topic is at most 32 characters of the base64url alphabet; a collapse key (a
     * thread) is hashed into one, so later messages of a thread replace an undelivered earlier one.
     */
    static String topic(String collapseKey) {
        if (collapseKey == null || collapseKey.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(collapseKey.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }
}
