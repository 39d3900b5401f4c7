package org.tandem.roster.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The district's OneRoster 1.2 REST provider, as a district administrator sets it. */
@Schema(name = "RosterProviderFields")
public record ProviderFields(
        @Schema(description = "The provider's rostering base URL, up to and including the version "
                + "(https://sis.example/ims/oneroster/rostering/v1p2); https unless this instance allows http", required = true)
        @NotBlank @Size(max = 2000) String baseUrl,
        @Schema(description = "The OAuth 2.0 token endpoint (client credentials)", required = true)
        @NotBlank @Size(max = 2000) String tokenUrl,
        @Schema(nullable = true, writeOnly = true, description = "The OAuth 2.0 client id. Required when the provider is "
                + "first set; on a replacement, send it with clientSecret to change the credentials, or leave both out to "
                + "keep them. Never returned.")
        @Size(min = 1, max = 255) String clientId,
        @Schema(nullable = true, writeOnly = true, description = "The client secret; never returned")
        @Size(min = 1, max = 1024) String clientSecret,
        @Schema(nullable = true, description = "The scope to ask for, if the provider needs one "
                + "(https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly)")
        @Size(max = 1000) String scope,
        @Schema(nullable = true, description = "How often a delta is pulled on schedule, an ISO 8601 duration (PT1H, "
                + "P1D; at least PT15M); null: only on demand", example = "PT1H")
        String pullEvery) {
}
