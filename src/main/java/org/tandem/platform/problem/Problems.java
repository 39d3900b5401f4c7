package org.tandem.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem-details responses; the single place that knows their media type and type URIs. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:tandem:problem:";

    private Problems() {
    }

    public static String typeFor(String code) {
        return TYPE_PREFIX + code.replace('_', '-');
    }

    public static Problem problem(int status, String code, String title, String detail,
                                  List<Problem.FieldError> errors, String instance, String requestId) {
        return new Problem(typeFor(code), title, status, detail, instance, code, requestId,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Response response(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    /** A title for a status when no more specific one applies. */
    public static String standardTitle(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Authentication is required";
            case 403 -> "Your role does not allow this";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "The request conflicts with the current state";
            case 412 -> "The resource has changed";
            case 413 -> "The request body is too large";
            case 414 -> "The request URI is too long";
            case 415 -> "Unsupported media type";
            case 431 -> "The request headers are too large";
            case 422 -> "The request cannot be processed";
            case 428 -> "A precondition header is required";
            case 429 -> "Too many requests";
            case 503 -> "A dependency is unavailable";
            default -> status >= 500 ? "Internal server error" : "The request failed";
        };
    }

    /** A stable code for a status when no more specific one applies. */
    public static String standardCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition_failed";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 422 -> "unprocessable";
            case 428 -> "precondition_required";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "request_failed";
        };
    }
}
