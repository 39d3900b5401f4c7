package org.tandem.identity.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An OAuth 2.0 access token response (RFC 6749 §5.1); its member names are the standard's. */
@Schema(name = "TokenResponse")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(
        @JsonProperty("access_token") @Schema(required = true, description = "A signed JWT (RS256) to send as `Authorization: Bearer ...`")
        String accessToken,
        @JsonProperty("token_type") @Schema(required = true, enumeration = "Bearer")
        String tokenType,
        @JsonProperty("expires_in") @Schema(required = true, description = "Seconds until the access token expires", example = "900")
        long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "Single use: each refresh returns a new one. Absent for client credentials.")
        String refreshToken,
        @Schema(description = "Granted scopes, space-separated (client credentials only)")
        String scope) {
}
