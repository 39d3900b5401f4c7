package org.tandem.platform.openapi;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.tandem.platform.problem.ProblemCode;

/**
 * Writes into every operation who may call it and which problem codes it answers, from the resource
 * method itself, so a new endpoint gets both without editing this class:
 * <ul>
 *   <li><b>roles</b> from {@code @RolesAllowed} (method, else class), {@code @Authenticated} (any signed-in
 *       caller) or {@code @PermitAll} (no token): the extension {@code x-tandem-roles} (a list of role
 *       names; {@code []} for a public operation) and a "Who may call" line in the description;</li>
 *   <li><b>problem codes</b>: those every operation of its shape can answer (derived from its declared
 *       responses, as {@link ProblemResponses} completes them) plus the method's (and class's)
 *       {@link ProblemCodes}: the extension {@code x-tandem-problem-codes} (status → codes), the codes
 *       in each error response's description, and an example per error response with its first code.</li>
 * </ul>
 */
final class OperationContract {

    static final String ROLES = "x-tandem-roles";
    static final String CODES = "x-tandem-problem-codes";

    private OperationContract() {
    }

    static void apply(OpenAPI openAPI) {
        ClassLoader loader = OperationContract.class.getClassLoader();
        ResponseModels.apply(openAPI, ResourceMethods.classes(loader));
        Map<String, Method> methods = ResourceMethods.scan(loader);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            Method method = methods.get(verb.name() + " " + path);
            if (method != null) {
                describe(openAPI, verb, operation, method);
            }
        }));
    }

    private static void describe(OpenAPI openAPI, PathItem.HttpMethod verb, Operation operation, Method method) {
        List<String> roles = roles(method);
        operation.addExtension(ROLES, roles);
        String who = roles == null ? null : roles.isEmpty() ? "**Who may call:** anyone; no token is needed."
                : roles.contains(AUTHENTICATED) ? "**Who may call:** any signed-in caller."
                : "**Who may call:** " + String.join(", ", roles.stream().map(r -> "`" + r + "`").toList()) + ".";
        if (roles != null && roles.contains(AUTHENTICATED)) {
            operation.addExtension(ROLES, List.of());
        }
        // An open endpoint that checks its own credentials (a stream ticket) says who may call it itself.
        if (who != null && !(operation.getDescription() != null && operation.getDescription().contains("**Who may call:**"))) {
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
        }
        Map<String, Set<String>> codes = codes(verb, operation, method);
        operation.addExtension(CODES, codes.entrySet().stream().collect(
                LinkedHashMap::new, (m, e) -> m.put(e.getKey(), new ArrayList<>(e.getValue())), Map::putAll));
        codes.forEach((status, list) -> {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response == null) {
                response = OASFactory.createAPIResponse().description(ProblemCode.of(list.iterator().next())
                        .map(ProblemCode::meaning).orElse("An error"));
                operation.getResponses().addAPIResponse(status, response);
                ProblemResponses.useProblemContent(response);
            }
            String listed = String.join(", ", list.stream().map(c -> "`" + c + "`").toList());
            response.setDescription(response.getDescription() + " (code: " + listed + ")");
            MediaType media = response.getContent() == null ? null
                    : response.getContent().getMediaType(ProblemResponses.PROBLEM_MEDIA_TYPE);
            if (media != null) {
                // One example per code, kept once in components/examples and referred to from here.
                String first = list.iterator().next();
                String name = "problem-" + first;
                if (openAPI.getComponents().getExamples() == null || !openAPI.getComponents().getExamples().containsKey(name)) {
                    openAPI.getComponents().addExample(name, OASFactory.createExample()
                            .summary(ProblemCode.of(first).map(ProblemCode::meaning).orElse(first))
                            .value(example(Integer.parseInt(status), first)));
                }
                media.addExample(first, OASFactory.createExample().ref("#/components/examples/" + name));
            }
        });
    }

    static final String AUTHENTICATED = "*";

    /** The roles allowed, {@code [*]} for any signed-in caller, {@code []} for anyone, null when unknown. */
    private static List<String> roles(Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(Authenticated.class)) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            return Arrays.asList(allowed.value());
        }
        if (method.isAnnotationPresent(Authenticated.class)
                || method.getDeclaringClass().isAnnotationPresent(Authenticated.class)) {
            return List.of(AUTHENTICATED);
        }
        if (method.getDeclaringClass().isAnnotationPresent(PermitAll.class)) {
            return List.of();
        }
        return null;
    }

    /** Status → codes: the platform's for the operation's declared error responses, then the method's own. */
    private static Map<String, Set<String>> codes(PathItem.HttpMethod verb, Operation operation, Method method) {
        Map<String, Set<String>> codes = new TreeMap<>();
        Set<String> statuses = operation.getResponses().getAPIResponses().keySet();
        boolean body = operation.getRequestBody() != null;
        boolean form = body && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("application/x-www-form-urlencoded");
        for (String status : statuses) {
            switch (status) {
                case "400" -> {
                    if (body && !form) {
                        add(codes, ProblemCode.MALFORMED_JSON, ProblemCode.UNKNOWN_FIELD, ProblemCode.INVALID_TYPE,
                                ProblemCode.BODY_REQUIRED);
                    }
                    if (form) {
                        add(codes, ProblemCode.MALFORMED_FORM);
                    }
                    if (verb == PathItem.HttpMethod.PATCH) {
                        add(codes, ProblemCode.INVALID_PATCH);
                    }
                    add(codes, ProblemCode.INVALID_PARAMETER, ProblemCode.INVALID_CHARACTER);
                }
                case "401" -> add(codes, ProblemCode.UNAUTHENTICATED);
                case "403" -> add(codes, ProblemCode.FORBIDDEN);
                case "404" -> add(codes, ProblemCode.NOT_FOUND);
                case "409" -> {
                    if (body) {
                        add(codes, ProblemCode.ALREADY_EXISTS, ProblemCode.CONCURRENT_UPDATE);
                    }
                    if (idempotent(operation)) {
                        add(codes, ProblemCode.IDEMPOTENCY_REQUEST_IN_FLIGHT);
                    }
                }
                case "412" -> add(codes, ProblemCode.PRECONDITION_FAILED);
                case "413" -> add(codes, ProblemCode.PAYLOAD_TOO_LARGE);
                case "415" -> add(codes, ProblemCode.UNSUPPORTED_MEDIA_TYPE);
                case "422" -> {
                    add(codes, ProblemCode.VALIDATION_FAILED);
                    if (idempotent(operation)) {
                        add(codes, ProblemCode.IDEMPOTENCY_KEY_REUSED);
                    }
                }
                case "428" -> add(codes, ProblemCode.PRECONDITION_REQUIRED);
                case "429" -> add(codes, ProblemCode.RATE_LIMITED);
                case "500" -> add(codes, ProblemCode.INTERNAL_ERROR);
                case "503" -> add(codes, ProblemCode.UNAVAILABLE);
                default -> {
                }
            }
        }
        ProblemCodes own = method.getAnnotation(ProblemCodes.class);
        ProblemCodes ofClass = method.getDeclaringClass().getAnnotation(ProblemCodes.class);
        for (ProblemCodes declared : new ProblemCodes[] {ofClass, own}) {
            if (declared != null) {
                add(codes, declared.value());
            }
        }
        return codes;
    }

    private static boolean idempotent(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(ProblemResponses.IDEMPOTENT_EXTENSION);
    }

    private static void add(Map<String, Set<String>> codes, ProblemCode... add) {
        for (ProblemCode code : add) {
            codes.computeIfAbsent(Integer.toString(code.status()), s -> new LinkedHashSet<>()).add(code.wire());
        }
    }

    private static Map<String, Object> example(int status, String code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:tandem:problem:" + code.replace('_', '-'));
        example.put("title", ProblemCode.of(code).map(ProblemCode::meaning).orElse(code));
        example.put("status", status);
        example.put("code", code);
        example.put("requestId", "5f0c2a4e-8a1b-4c3d-9e2f-0a1b2c3d4e5f");
        if ("validation_failed".equals(code)) {
            // Ordered: Map.of iterates in a different order on every JVM, which made the document differ between builds.
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "name");
            error.put("message", "must not be blank");
            example.put("errors", List.of(error));
        }
        return example;
    }
}
