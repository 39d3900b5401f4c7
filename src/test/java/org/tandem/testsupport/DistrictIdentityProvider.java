package org.tandem.testsupport;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * A district's identity provider, as far as Tandem can see one: a real HTTP server on a loopback
 * port publishing the provider's public key as a JWKS. Also writes a retired signing key of ours,
 * so the same (single) extra Quarkus start covers key rotation.
 *
 * <p>What the tests need to act as the provider is handed over as configuration:
 * {@value #KEY_LOCATION} (its private key, PKCS#8 PEM), {@value #KEY_ID}, {@value #HITS_URL}
 * (how often the JWKS was fetched) and {@value #PREVIOUS_KEY_LOCATION} (our retired private key).
 */
public class DistrictIdentityProvider implements QuarkusTestResourceLifecycleManager {

    public static final String NAME = "district-idp";
    public static final String SUBJECT_NAME = "district-sis";
    public static final String ISSUER = "https://login.district.test";
    public static final String SUBJECT_ISSUER = "https://sis.district.test";
    public static final String AUDIENCE = "tandem-district";
    public static final String KEY_LOCATION = "tandem-test.district-idp.key-location";
    public static final String KEY_ID = "tandem-test.district-idp.key-id";
    public static final String HITS_URL = "tandem-test.district-idp.hits-url";
    public static final String PREVIOUS_KEY_LOCATION = "tandem-test.previous-key-location";

    private final AtomicInteger jwksHits = new AtomicInteger();
    private HttpServer server;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("tandem-test-keys");
            KeyPair idp = TokenForge.rsaKeyPair();
            String kid = "idp-" + UUID.randomUUID().toString().substring(0, 8);
            Path idpKey = write("idp-key.pem", idp);
            Path previousKey = write("previous-signing-key.pem", TokenForge.rsaKeyPair());

            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) idp.getPublic());
            jwk.setKeyId(kid);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            byte[] jwks = new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)
                    .getBytes(StandardCharsets.UTF_8);

            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/jwks", exchange -> {
                jwksHits.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                respond(exchange, jwks);
            });
            server.createContext("/hits", exchange ->
                    respond(exchange, String.valueOf(jwksHits.get()).getBytes(StandardCharsets.US_ASCII)));
            server.start();
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String tenant = UUID.randomUUID().toString();

            return Map.ofEntries(
                    Map.entry("tandem.external-issuers." + NAME + ".issuer", ISSUER),
                    Map.entry("tandem.external-issuers." + NAME + ".jwks-url", base + "/jwks"),
                    Map.entry("tandem.external-issuers." + NAME + ".audience", AUDIENCE),
                    Map.entry("tandem.external-issuers." + NAME + ".user-claim", "email"),
                    Map.entry("tandem.external-issuers." + NAME + ".tenant", tenant),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".issuer", SUBJECT_ISSUER),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".jwks-url", base + "/jwks"),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".audience", AUDIENCE),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".user-claim", "sub"),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".match-by", "external-subject"),
                    Map.entry("tandem.external-issuers." + SUBJECT_NAME + ".tenant", tenant),
                    Map.entry("tandem.jwt.previous-key-locations", previousKey.toString()),
                    Map.entry(PREVIOUS_KEY_LOCATION, previousKey.toString()),
                    Map.entry(KEY_LOCATION, idpKey.toString()),
                    Map.entry(KEY_ID, kid),
                    Map.entry(HITS_URL, base + "/hits"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the district identity provider", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary directory; the operating system cleans it eventually.
            }
        }
    }

    private Path write(String name, KeyPair pair) throws IOException {
        return Files.writeString(directory.resolve(name), TokenForge.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
