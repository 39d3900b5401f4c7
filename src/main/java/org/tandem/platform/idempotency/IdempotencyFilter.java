package org.tandem.platform.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.tandem.platform.problem.ApiException;

/**
 * {@code Idempotency-Key} for {@link Idempotent} operations. The first request with a key runs and
 * its response is kept; the same key with the same body replays that response; with another body
 * it is a 422; while the first is still running, a 409. Keys belong to the caller (tenant and
 * subject), so two callers never see each other's responses. Only successful responses are kept:
 * an error changed nothing, so the caller may correct the request and retry with the same key.
 */
@Provider
@Idempotent
@Priority(Priorities.USER + 100)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);

    private record Claim(String caller, String key) {
    }

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    IdempotencyFilter(IdempotencyStore store, SecurityIdentity identity, ObjectMapper mapper) {
        this.store = store;
        this.identity = identity;
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || identity.isAnonymous()) {
            return;
        }
        if (!WELL_FORMED.matcher(key).matches()) {
            throw ApiException.invalidParameter(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = callerOf(identity);
        String fingerprint = fingerprint(request.getMethod(), target(request), body);
        try {
            Optional<Response> replay = claimOrReplay(store, caller, key, fingerprint);
            if (replay.isPresent()) {
                request.abortWith(replay.get());
            } else {
                request.setProperty(CLAIM, new Claim(caller, key));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency store is unavailable", e);
        }
    }

    /**
     * Claims the key for a request with this fingerprint (empty: it runs), or the first response again
     * (same key, same request); 422 for the same key with another request, 409 while the first runs.
     */
    static Optional<Response> claimOrReplay(IdempotencyStore store, String caller, String key, String fingerprint)
            throws SQLException {
        if (store.claim(caller, key, fingerprint)) {
            return Optional.empty();
        }
        Optional<IdempotencyRecord> existing = store.find(caller, key);
        if (existing.isEmpty()) {
            // Released between our claim and our look: the first attempt was refused; try once more.
            if (store.claim(caller, key, fingerprint)) {
                return Optional.empty();
            }
            throw inFlight();
        }
        IdempotencyRecord record = existing.get();
        if (!record.fingerprint().equals(fingerprint)) {
            throw ApiException.unprocessable("idempotency_key_reused",
                    "This Idempotency-Key was already used for a different request; use a new key");
        }
        if (!record.completed()) {
            if (record.stale() && store.takeOverStale(caller, key, fingerprint)) {
                return Optional.empty();
            }
            throw inFlight();
        }
        return Optional.of(replay(record));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        try {
            if (status >= 400) {
                // A refused or failed request changed nothing: free the key for a corrected retry.
                store.release(claim.caller(), claim.key());
                return;
            }
            byte[] body = response.hasEntity()
                    ? mapper.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(response.getEntity())
                    : null;
            String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
            store.complete(claim.caller(), claim.key(), status, contentType, body,
                    response.getHeaderString(HttpHeaders.LOCATION), response.getHeaderString(HttpHeaders.ETAG));
        } catch (IOException | SQLException e) {
            // The operation itself succeeded; a lost record only means a retry runs it again after the timeout.
            LOG.errorf(e, "Could not record the response for Idempotency-Key %s", claim.key());
        }
    }

    private static Response replay(IdempotencyRecord record) {
        Response.ResponseBuilder builder = Response.status(record.status()).header(REPLAYED_HEADER, "true");
        if (record.body() != null) {
            builder.entity(record.body()).type(record.contentType());
        }
        if (record.location() != null) {
            builder.header(HttpHeaders.LOCATION, record.location());
        }
        if (record.etag() != null) {
            builder.header(HttpHeaders.ETAG, record.etag());
        }
        return builder.build();
    }

    /** Keys belong to the caller: the district and the subject. */
    static String callerOf(SecurityIdentity identity) {
        String tenant = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("tid") != null
                ? jwt.getClaim("tid").toString()
                : "-";
        return tenant + "/" + identity.getPrincipal().getName();
    }

    /**
     * The path and its query: a retry must name the same options ({@code ?dryRun=true} and a real run
     * are different requests). The parameters are sorted, so their order alone does not make another request.
     */
    static String target(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return path;
        }
        return path + "?" + java.util.Arrays.stream(query.split("&")).sorted().collect(java.util.stream.Collectors.joining("&"));
    }

    private String fingerprint(String method, String path, byte[] body) {
        byte[] canonical = body;
        if (body.length > 0) {
            try {
                // Same JSON, different spacing or member order, is the same request.
                JsonNode tree = mapper.readTree(body);
                canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                        .disable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsBytes(mapper.treeToValue(tree, Object.class));
            } catch (IOException e) {
                canonical = body;
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException inFlight() {
        return ApiException.conflict("idempotency_request_in_flight",
                "A request with this Idempotency-Key is still being processed; retry shortly");
    }
}
