package org.tandem.notifications.push;

import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Registration bodies for tests: real P-256 keys, random tokens. */
final class PushFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PushFixtures() {
    }

    static String p256dh() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
            byte[] point = new byte[65];
            point[0] = 4;
            copy(key.getW().getAffineX().toByteArray(), point, 1);
            copy(key.getW().getAffineY().toByteArray(), point, 33);
            return b64(point);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(byte[] value, byte[] into, int at) {
        int from = Math.max(0, value.length - 32);
        int length = value.length - from;
        System.arraycopy(value, from, into, at + 32 - length, length);
    }

    static String auth() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return b64(secret);
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, Object> web(String endpoint) {
        return web(endpoint, p256dh(), auth());
    }

    static Map<String, Object> web(String endpoint, String p256dh, String auth) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("platform", "web");
        body.put("endpoint", endpoint);
        body.put("expirationTime", null);
        body.put("keys", Map.of("p256dh", p256dh, "auth", auth));
        return body;
    }

    static String fcmToken() {
        byte[] bytes = new byte[100];
        RANDOM.nextBytes(bytes);
        return "f" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 20) + ":APA91b"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, Object> fcm(String token) {
        return Map.of("platform", "fcm", "token", token, "appId", "1:1234567890:android:abc123", "name", "Pixel 8");
    }

    static String apnsToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static Map<String, Object> apns(String token) {
        return Map.of("platform", "apns", "token", token, "appId", "org.tandem.app", "environment", "production");
    }

    static String anEndpoint() {
        return "https://fcm.googleapis.com/fcm/send/" + b64(new byte[8]) + auth();
    }
}
