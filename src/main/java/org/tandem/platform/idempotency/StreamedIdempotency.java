package org.tandem.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.tandem.platform.problem.ApiException;

/**
 * {@code Idempotency-Key} for an operation whose body is streamed, not held in memory (an upload):
 * the same store and rules as {@link IdempotencyFilter}, but the fingerprint is the SHA-256 of the
 * body that the operation computes while it streams it, so the body is never buffered. The operation
 * calls {@link #begin} once the body is read, then {@link #succeeded} or {@link #failed}.
 */
@ApplicationScoped
public class StreamedIdempotency {

    private static final Logger LOG = Logger.getLogger(StreamedIdempotency.class);

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    StreamedIdempotency(IdempotencyStore store, SecurityIdentity identity, ObjectMapper mapper) {
        this.store = store;
        this.identity = identity;
        this.mapper = mapper;
    }

    /** A well-formed key (400 otherwise), or null when none was sent. */
    public String check(String key) {
        if (key != null && !IdempotencyFilter.WELL_FORMED.matcher(key).matches()) {
            throw ApiException.invalidParameter(IdempotencyFilter.HEADER, "must be 1 to 255 visible ASCII characters");
        }
        return key;
    }

    /** The request's fingerprint: method, path with its query, and the digest of the streamed body. */
    public static String fingerprint(String method, String pathAndQuery, byte[] bodyDigest) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + pathAndQuery + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(bodyDigest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Claims the key for this request (empty: go on), or answers the first request's response again
     * (same key and body), 422 (same key, another body) or 409 (the first is still running).
     */
    public Optional<Response> begin(String key, String fingerprint) {
        try {
            return IdempotencyFilter.claimOrReplay(store, IdempotencyFilter.callerOf(identity), key, fingerprint);
        } catch (SQLException e) {
            throw new IllegalStateException("The idempotency store is unavailable", e);
        }
    }

    /** Keeps the successful response for replays of the key. */
    public void succeeded(String key, int status, Object entity, String location) {
        try {
            byte[] body = entity == null ? null
                    : mapper.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(entity);
            store.complete(IdempotencyFilter.callerOf(identity), key, status, "application/json", body, location, null);
        } catch (IOException | SQLException e) {
            LOG.errorf(e, "Could not record the response for Idempotency-Key %s", key);
        }
    }

    /** The request was refused or failed: nothing changed, so the key is free for a corrected retry. */
    public void failed(String key) {
        try {
            store.release(IdempotencyFilter.callerOf(identity), key);
        } catch (SQLException e) {
            LOG.errorf(e, "Could not release Idempotency-Key %s", key);
        }
    }
}
