package org.tandem.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error response: RFC 9457 problem details with Tandem's extension members. */
@Schema(name = "Problem", description = "RFC 9457 problem details. Every 4xx and 5xx response has this shape.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem", example = "urn:tandem:problem:validation-failed", required = true)
        String type,
        @Schema(description = "A short summary of the kind of problem", example = "The request is not valid", required = true)
        String title,
        @Schema(description = "The HTTP status code", example = "422", required = true, minimum = "400", maximum = "599")
        int status,
        @Schema(description = "What went wrong on this occurrence, for a person to read", example = "body.name must not be blank")
        String detail,
        @Schema(description = "The path of the request that failed", example = "/api/v1/schools")
        String instance,
        @Schema(description = "A stable machine-readable code", example = "validation_failed", required = true)
        String code,
        @Schema(description = "The id of the request, also sent in the X-Request-Id header; quote it when reporting a problem")
        String requestId,
        @Schema(description = "For validation problems, one entry per invalid field")
        List<FieldError> errors) {

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Where the invalid value is: a body path like `name`, `hours[0].end` or `message.sendAt`, "
                    + "or a query, path or header parameter by its name, like `limit` or `threadId`", required = true, example = "name")
            String field,
            @Schema(description = "Why it is invalid", required = true, example = "must not be blank")
            String message) {
    }
}
