package org.tandem.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.tandem.platform.http.RequestIds;

/**
 * The one place where exceptions become responses. 4xx are logged quietly, 5xx as errors with the
 * request id; no response ever carries a class name, a stack trace or SQL.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String BEARER_CHALLENGE = "Bearer realm=\"tandem\"";

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpServerRequest request) {
        return respond(e.status(), e.code(), e.title(), e.getMessage(), e.errors(), e.headers(), uri, request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpServerRequest request,
                               ResourceInfo resource) {
        ViolationReport report = ViolationReport.of(e, resource);
        if (report.bodyMissing()) {
            return respond(400, "body_required", "A request body is required",
                    "This operation needs a JSON request body", null, Map.of(), uri, request);
        }
        if (report.inParameters()) {
            return respond(400, "invalid_parameter", "A parameter is not valid", report.detail(),
                    report.errors(), Map.of(), uri, request);
        }
        return respond(422, "validation_failed", "The request is not valid", report.detail(),
                report.errors(), Map.of(), uri, request);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response json(JsonProcessingException e, UriInfo uri, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return respond(400, "unknown_field", "The request has a field this operation does not accept",
                    "Unknown field: " + field, List.of(new Problem.FieldError(field, "is not a known field")),
                    Map.of(), uri, request);
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = path((JsonMappingException) e);
            String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    ? "must be a valid " + describe(invalid.getTargetType())
                    : "has the wrong type or shape";
            if (field.isEmpty()) {
                return respond(400, "malformed_json", "The request body is not valid JSON for this operation",
                        "The body has the wrong shape", null, Map.of(), uri, request);
            }
            return respond(400, "invalid_type", "A field has the wrong type", field + " " + message,
                    List.of(new Problem.FieldError(field, message)), Map.of(), uri, request);
        }
        String where = e instanceof JsonParseException parse && parse.getLocation() != null
                ? " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")"
                : "";
        return respond(400, "malformed_json", "The request body is not valid JSON",
                "The body could not be parsed as JSON" + where, null, Map.of(), uri, request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpServerRequest request) {
        return respond(401, "unauthenticated", "Authentication is required",
                "A valid bearer access token is required", null,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge(request)), uri, request);
    }

    /** RFC 6750 section 3.1: a request that presented a token is told that the token is what failed. */
    public static String challenge(HttpServerRequest request) {
        String authorization = request == null ? null : request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && !authorization.isBlank()
                ? BEARER_CHALLENGE + ", error=\"invalid_token\", error_description=\"The access token is invalid, expired or revoked\""
                : BEARER_CHALLENGE;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpServerRequest request) {
        return respond(403, "forbidden", "Your role does not allow this",
                "Your role does not include this function", null, Map.of(), uri, request);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpServerRequest request) {
        return respond(409, "concurrent_update", "The resource was changed by another request",
                "Another request changed this resource at the same time; read it again and retry",
                null, Map.of(), uri, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpServerRequest request,
                                   ResourceInfo resource) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, uri, request);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && resource != null && resource.getResourceMethod() != null) {
            // JAX-RS answers 404 when a query parameter does not convert; that is the caller's malformed input.
            var invalid = QueryParameters.firstUnconvertiblePath(resource.getResourceMethod(), uri.getPathParameters())
                    .or(() -> QueryParameters.firstUnconvertible(resource.getResourceMethod(), uri.getQueryParameters()));
            if (invalid.isPresent()) {
                Problem.FieldError error = invalid.get();
                return respond(400, "invalid_parameter", "A parameter is not valid", error.field() + " " + error.message(),
                        List.of(error), Map.of(), uri, request);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri, request);
        }
        String allow = status != 405 ? null : e.getResponse().getHeaderString("Allow") != null
                ? e.getResponse().getHeaderString("Allow") : org.tandem.platform.http.AllowedMethods.of(uri.getPath());
        Map<String, String> headers = allow != null ? Map.of("Allow", allow) : Map.of();
        String detail = switch (status) {
            case 404 -> "No resource exists at " + uri.getPath();
            case 405 -> request.method().name() + " is not supported here";
            case 406 -> "This resource is served as application/json";
            case 415 -> "Send the body as " + org.tandem.platform.http.AllowedMethods.consumed(uri.getPath(),
                    request.method().name()).orElse("application/json");
            default -> Problems.standardTitle(status);
        };
        return respond(status, Problems.standardCode(status), Problems.standardTitle(status), detail,
                null, headers, uri, request);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        var known = Failures.classify(e);
        if (known.isPresent()) {
            Failures.Known k = known.get();
            if (k.status() >= 500) {
                LOG.warnf("%d %s on %s %s (request %s): %s", k.status(), k.code(), request.method(), uri.getPath(),
                        RequestIds.of(request), rootMessage(e));
            }
            return respond(k.status(), k.code(), k.title(), k.detail(), null, k.headers(), uri, request);
        }
        if (clientWentAway(e)) {
            // A client hanging up mid-request is not a server fault; nobody will read the answer.
            LOG.debugf("Client closed the connection on %s %s", request.method(), uri.getPath());
        } else {
            LOG.errorf(e, "Unexpected failure on %s %s (request %s)", request.method(), uri.getPath(),
                    RequestIds.of(request));
        }
        return respond(500, "internal_error", "Internal server error",
                "Something went wrong on our side. Quote the request id when reporting it.", null, Map.of(),
                uri, request);
    }

    private Response respond(int status, String code, String title, String detail, List<Problem.FieldError> errors,
                             Map<String, String> headers, UriInfo uri, HttpServerRequest request) {
        if (status < 500) {
            LOG.debugf("%d %s on %s", status, code, uri.getPath());
        }
        Problem problem = Problems.problem(status, code, title, detail, errors, uri.getPath(), RequestIds.of(request));
        return Problems.response(problem, headers);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.ClosedChannelException
                    || (t instanceof io.vertx.core.VertxException && "Connection was closed".equals(t.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "value (one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase()).collect(Collectors.joining(", ")) + ")";
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "Instant", "OffsetDateTime" -> "RFC 3339 timestamp";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Integer", "int", "Long", "long" -> "integer";
            case "Boolean", "boolean" -> "boolean";
            default -> "value";
        };
    }
}
