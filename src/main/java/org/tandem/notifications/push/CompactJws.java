package org.tandem.notifications.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The two JWTs push providers want, written out by hand because each wants exactly its claims and no
 * more: Google's OAuth 2.0 service-account assertion (RS256) and the APNs provider token (ES256, only
 * {@code iss} and {@code iat}). JWS compact serialization, RFC 7515 §7.1; ES256 signatures in the JOSE
 * form (r || s), RFC 7518 §3.4.
 */
final class CompactJws {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private CompactJws() {
    }

    static String sign(ObjectNode header, ObjectNode claims, PrivateKey key) {
        String alg = header.path("alg").asText();
        String input = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(switch (alg) {
                case "RS256" -> "SHA256withRSA";
                case "ES256" -> "SHA256withECDSAinP1363Format";
                default -> throw new IllegalArgumentException("Unsupported alg " + alg);
            });
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a " + alg + " token", e);
        }
    }

    /** A PKCS#8 private key in PEM (a service account's private_key, an APNs .p8 file). */
    static PrivateKey pkcs8(String pem, String algorithm) {
        String base64 = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a PKCS#8 " + algorithm + " private key in PEM", e);
        }
    }
}
