package org.tandem.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure that has a place in the API contract. Services throw it (through the factories below);
 * {@link ProblemMapper} turns it into problem details. Nothing else builds error responses.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String title, String detail,
                        List<Problem.FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null, null);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "The request is malformed", detail);
    }

    public static ApiException invalidParameter(String field, String message) {
        return new ApiException(400, "invalid_parameter", "A parameter is not valid",
                field + " " + message, List.of(new Problem.FieldError(field, message)), null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Your role does not allow this", detail);
    }

    /** Not found, or outside the caller's scope: the two are deliberately indistinguishable. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", "Not found", what + " was not found");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "The request conflicts with the current state", detail);
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition_failed", "The resource has changed", detail);
    }

    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition_required", "A precondition header is required", detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(422, code, "The request cannot be processed", detail);
    }

    public static ApiException validation(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).sorted()
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid");
        return new ApiException(422, "validation_failed", "The request is not valid", detail, errors, null);
    }

    public static ApiException tooManyRequests(long retryAfterSeconds, String detail) {
        return new ApiException(429, "rate_limited", "Too many requests", detail, null,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
