package org.tandem.notifications.push;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * FCM's and APNs' stubs for the provider tests, with credentials made for the run: a service account
 * key file whose token_uri is the stub's, an APNs .p8 key, and the gateway's TLS certificate (keytool)
 * with a trust store the APNs client is pointed at.
 */
public class PushStubs implements QuarkusTestResourceLifecycleManager {

    /** The application with FCM and APNs configured against the stubs. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PushStubs.class));
        }
    }

    static final String CLIENT_EMAIL = "tandem-push@tandem-test.iam.gserviceaccount.com";
    private static final String PASSWORD = "stub-password";

    private FcmStub fcm;
    private ApnsStub apns;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createDirectories(Path.of("target/push-stubs").toAbsolutePath());
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            KeyPair serviceAccount = rsa.generateKeyPair();
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair apnsKey = ec.generateKeyPair();

            fcm = new FcmStub(serviceAccount.getPublic(), CLIENT_EMAIL);
            Path account = dir.resolve("service-account.json");
            Files.writeString(account, """
                    {"type":"service_account","project_id":"%s","private_key_id":"stub-key-1",
                     "private_key":"%s","client_email":"%s","token_uri":"%s/token"}"""
                    .formatted(FcmStub.PROJECT, pem(serviceAccount.getPrivate().getEncoded()).replace("\n", "\\n"),
                            CLIENT_EMAIL, fcm.baseUrl()));

            Path p8 = dir.resolve("AuthKey_" + ApnsStub.KEY_ID + ".p8");
            Files.writeString(p8, pem(apnsKey.getPrivate().getEncoded()));
            Path keyStore = dir.resolve("apns-gateway.p12");
            Path trustStore = dir.resolve("apns-trust.p12");
            gatewayCertificate(keyStore, trustStore);
            apns = new ApnsStub(keyStore.toString(), PASSWORD, apnsKey.getPublic());
            warmUp(trustStore, apns.port());
            // The first TLS handshake of a cold JVM on a busy 2-core machine can exceed the 2 s default
            // connect timeout; the slow-provider tests exercise the request timeout instead.
            return Map.of("tandem.push.connect-timeout", "PT15S",
                    "tandem.push.fcm.service-account-file", account.toString(),
                    "tandem.push.fcm.base-url", fcm.baseUrl(),
                    "tandem.push.apns.team-id", ApnsStub.TEAM_ID,
                    "tandem.push.apns.key-id", ApnsStub.KEY_ID,
                    "tandem.push.apns.private-key-file", p8.toString(),
                    "tandem.push.apns.production-url", "https://127.0.0.1:" + apns.port(),
                    "tandem.push.apns.development-url", "https://localhost:" + apns.port(),
                    "tandem.push.apns.trust-store-file", trustStore.toString(),
                    "tandem.push.apns.trust-store-password", PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the push stubs", e);
        }
    }

    private static String pem(byte[] pkcs8) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n";
    }

    /** A certificate for 127.0.0.1 and localhost (keytool from the running JDK), and a store trusting only it. */
    private static void gatewayCertificate(Path keyStore, Path trustStore) throws Exception {
        Files.deleteIfExists(keyStore);
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "gateway", "-keyalg", "EC", "-groupname",
                "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("gateway", keys.getCertificate("gateway"));
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }
    }

    /**
     * One HTTP/2 exchange with the gateway before the application starts: on a cold JVM the first TLS
     * and HTTP/2 exchange takes seconds (class loading, JIT), which the provider's one-second request
     * timeout in tests would report as a slow gateway.
     */
    private static void warmUp(Path trustStore, int port) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(trustStore)) {
            trust.load(in, PASSWORD.toCharArray());
        }
        javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, factory.getTrustManagers(), null);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().sslContext(tls)
                .version(java.net.http.HttpClient.Version.HTTP_2).build();
        for (int i = 0; i < 3; i++) {
            client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("https://127.0.0.1:" + port + "/warm-up"))
                    .GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void stop() {
        if (fcm != null) {
            fcm.stop();
        }
        if (apns != null) {
            apns.stop();
        }
    }
}
