package org.tandem.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Verifies received webhooks with the npm {@code standardwebhooks} package (tools/webhooks/verify.mjs),
 * an implementation independent of the Java library that signs them. Installs it from the lock file
 * on first use ({@code npm ci}); without node and npm the test fails, saying what is missing.
 */
final class NodeVerifier {

    private static final File TOOLS = new File("tools/webhooks");
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeVerifier() {
    }

    /** The verifier's verdict on each request with the given secret: null when it verifies, else its error. */
    static List<String> verify(String secret, List<Receiver.Received> requests) {
        ensureInstalled();
        List<Map<String, Object>> input = new ArrayList<>();
        for (Receiver.Received request : requests) {
            input.add(Map.of("secret", secret, "headers", request.headers(), "body", request.body()));
        }
        try {
            Process node = new ProcessBuilder("node", "verify.mjs").directory(TOOLS).redirectErrorStream(false).start();
            node.getOutputStream().write(JSON.writeValueAsBytes(input));
            node.getOutputStream().close();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
                throw new IllegalStateException("node tools/webhooks/verify.mjs failed: " + err);
            }
            List<String> verdicts = new ArrayList<>();
            for (JsonNode result : JSON.readTree(out)) {
                verdicts.add(result.get("ok").asBoolean() ? null : result.get("error").asText());
            }
            return verdicts;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run node (needed to verify webhook signatures independently): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void ensureInstalled() {
        if (new File(TOOLS, "node_modules/standardwebhooks/package.json").isFile()) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(TOOLS).inheritIO().start();
            if (!npm.waitFor(300, TimeUnit.SECONDS) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in tools/webhooks failed: the npm package standardwebhooks verifies"
                        + " webhook signatures in the tests (make webhook-tools installs it)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("npm is needed to install the independent Standard Webhooks verifier"
                    + " (tools/webhooks: apt-get install nodejs npm, or run make webhook-tools)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
