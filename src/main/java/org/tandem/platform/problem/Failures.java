package org.tandem.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises, anywhere in an exception's cause chain, failures that are not the server's fault or
 * not a bug: the caller's bad input that only the database or the HTTP codec noticed (a NUL byte in
 * a text value, a malformed form body), a concurrent insert that lost a unique-constraint race, and
 * a database that cannot be reached. Everything else stays a 500.
 */
public final class Failures {

    /** How long a client should wait before retrying while the database is unreachable. */
    public static final long RETRY_AFTER_SECONDS = 5;

    /** A failure with its place in the API contract. */
    public record Known(int status, String code, String title, String detail, Map<String, String> headers) {
    }

    private Failures() {
    }

    public static Optional<Known> classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<Known> known = ofSql(sql);
                if (known.isPresent()) {
                    return known;
                }
            }
            if (isMalformedForm(t)) {
                return Optional.of(new Known(400, "malformed_form", "The form body is malformed",
                        "The form body is not valid application/x-www-form-urlencoded (bad percent-encoding?)", Map.of()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Known> ofSql(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            return Optional.of(new Known(409, "already_exists", "The request conflicts with the current state",
                    "It already exists: another request made it at the same time. Read it and retry if needed.", Map.of()));
        }
        if (state.equals("22021") || state.equals("22P05")) {
            // PostgreSQL stores no NUL byte (0x00) in text; nothing else in a valid UTF-8 string is refused.
            return Optional.of(new Known(400, "invalid_character", "A value contains a character that cannot be stored",
                    "A text value contains a NUL character (\\u0000), which is not allowed", Map.of()));
        }
        if (e instanceof SQLTransientConnectionException || state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("53300")
                || isPoolTimeout(e)) {
            return Optional.of(new Known(503, "unavailable", "A dependency is unavailable",
                    "The database cannot be reached at the moment; retry shortly",
                    Map.of("Retry-After", Long.toString(RETRY_AFTER_SECONDS))));
        }
        return Optional.empty();
    }

    /** Agroal's "acquisition timeout" ("Sorry, acquisition timeout!" in recent versions) carries no SQL state. */
    private static boolean isPoolTimeout(SQLException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout");
    }

    private static boolean isMalformedForm(Throwable t) {
        if (t instanceof IllegalArgumentException && t.getStackTrace().length > 0) {
            // RESTEasy Reactive's form decoder refuses bad percent-encoding with a bare IllegalArgumentException.
            for (int i = 0; i < Math.min(4, t.getStackTrace().length); i++) {
                String at = t.getStackTrace()[i].getClassName();
                if (at.endsWith(".URLUtils") || at.contains("FormEncodedDataDefinition")) {
                    return true;
                }
            }
        }
        String name = t.getClass().getName();
        return name.startsWith("io.netty.handler.codec.http.multipart.HttpPostRequestDecoder$")
                || name.equals("io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException");
    }
}
