package org.tandem.notifications.push;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * What a registration must look like, checked before anything is stored: a subscription that could
 * never be encrypted to or delivered is refused now (422) rather than failing at every notification.
 */
final class PushAddressRules {

    /** A validated registration, ready to store. */
    record Checked(PushPlatform platform, String address, String p256dh, String auth, String appId,
                   String environment, String name) {
    }

    private static final Pattern FCM_TOKEN = Pattern.compile("[A-Za-z0-9_:\\-]{20,4096}");
    private static final Pattern APNS_TOKEN = Pattern.compile("(?:[0-9a-fA-F]{2}){32,100}");
    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,254}");
    // P-256 (secp256r1): y^2 = x^3 - 3x + b over p
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    private PushAddressRules() {
    }

    static Checked check(NewPushDevice in, boolean allowLoopbackHttp) {
        List<Problem.FieldError> errors = new ArrayList<>();
        PushPlatform platform = PushPlatform.of(in.platform());
        if (platform == null) {
            throw ApiException.validation(List.of(new Problem.FieldError("platform", "must be one of web, fcm, apns")));
        }
        String name = in.name() == null || in.name().isBlank() ? null : in.name().strip();
        if (name != null && name.length() > 100) {
            errors.add(new Problem.FieldError("name", "must be at most 100 characters"));
        }
        Checked checked = switch (platform) {
            case WEB -> web(in, allowLoopbackHttp, errors, name);
            case FCM -> fcm(in, errors, name);
            case APNS -> apns(in, errors, name);
        };
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return checked;
    }

    private static Checked web(NewPushDevice in, boolean allowLoopbackHttp, List<Problem.FieldError> errors, String name) {
        notFor(in.token(), "token", "web", errors);
        notFor(in.appId(), "appId", "web", errors);
        notFor(in.environment(), "environment", "web", errors);
        String endpoint = in.endpoint();
        if (endpoint == null || endpoint.isBlank()) {
            errors.add(new Problem.FieldError("endpoint", "is required for a Web Push subscription"));
        } else if (endpoint.length() > 2048) {
            errors.add(new Problem.FieldError("endpoint", "must be at most 2048 characters"));
        } else if (!pushServiceUrl(endpoint, allowLoopbackHttp)) {
            errors.add(new Problem.FieldError("endpoint", "must be an absolute https URL of a push service"));
        }
        String p256dh = in.keys() == null ? null : in.keys().p256dh();
        String auth = in.keys() == null ? null : in.keys().auth();
        if (p256dh == null || !onCurve(base64Url(p256dh))) {
            errors.add(new Problem.FieldError("keys.p256dh", "must be a base64url P-256 public key (65 bytes, uncompressed)"));
        }
        byte[] secret = auth == null ? null : base64Url(auth);
        if (secret == null || secret.length != 16) {
            errors.add(new Problem.FieldError("keys.auth", "must be a base64url authentication secret of 16 bytes"));
        }
        return new Checked(PushPlatform.WEB, endpoint, p256dh, auth, null, null, name);
    }

    private static Checked fcm(NewPushDevice in, List<Problem.FieldError> errors, String name) {
        webFieldsNotFor(in, "fcm", errors);
        notFor(in.environment(), "environment", "fcm", errors);
        if (in.token() == null || !FCM_TOKEN.matcher(in.token()).matches()) {
            errors.add(new Problem.FieldError("token", "must be an FCM registration token"));
        }
        if (in.appId() != null && (in.appId().isBlank() || in.appId().length() > 255)) {
            errors.add(new Problem.FieldError("appId", "must be 1 to 255 characters"));
        }
        return new Checked(PushPlatform.FCM, in.token(), null, null, in.appId(), null, name);
    }

    private static Checked apns(NewPushDevice in, List<Problem.FieldError> errors, String name) {
        webFieldsNotFor(in, "apns", errors);
        if (in.token() == null || !APNS_TOKEN.matcher(in.token()).matches()) {
            errors.add(new Problem.FieldError("token", "must be an APNs device token (hexadecimal, at least 32 bytes)"));
        }
        if (in.appId() == null || !BUNDLE_ID.matcher(in.appId()).matches()) {
            errors.add(new Problem.FieldError("appId", "must be the app's bundle id (the apns-topic)"));
        }
        String environment = in.environment() == null ? "production" : in.environment();
        if (!environment.equals("production") && !environment.equals("development")) {
            errors.add(new Problem.FieldError("environment", "must be production or development"));
        }
        String token = in.token() == null ? null : in.token().toLowerCase(Locale.ROOT);
        return new Checked(PushPlatform.APNS, token, null, null, in.appId(), environment, name);
    }

    private static void webFieldsNotFor(NewPushDevice in, String platform, List<Problem.FieldError> errors) {
        notFor(in.endpoint(), "endpoint", platform, errors);
        notFor(in.keys(), "keys", platform, errors);
    }

    private static void notFor(Object value, String field, String platform, List<Problem.FieldError> errors) {
        if (value != null) {
            errors.add(new Problem.FieldError(field, "does not apply to platform " + platform));
        }
    }

    private static boolean pushServiceUrl(String endpoint, boolean allowLoopbackHttp) {
        try {
            URI uri = new URI(endpoint);
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return false;
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("https") || (allowLoopbackHttp && scheme.equals("http") && loopback(uri.getHost()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    static byte[] base64Url(String value) {
        try {
            return Base64.getUrlDecoder().decode(value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An uncompressed P-256 point that lies on the curve: anything else cannot be encrypted to (RFC 8291 §3.1). */
    private static boolean onCurve(byte[] point) {
        if (point == null || point.length != 65 || point[0] != 4) {
            return false;
        }
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(point, 1, 33));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(point, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger left = y.multiply(y).mod(P);
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return left.equals(right);
    }
}
