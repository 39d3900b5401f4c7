package org.tandem.identity.token;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The token endpoint's form bodies, one per grant, for the document (the resource reads form parameters). */
final class TokenRequests {

    private TokenRequests() {
    }

    @Schema(name = "PasswordGrant", description = "Sign in with an email and password",
            requiredProperties = {"grant_type", "username", "password"})
    record PasswordGrant(
            @Schema(enumeration = "password", example = "password") String grant_type,
            @Schema(description = "The account's email", maxLength = 320, example = "ana.lopez@demo.tandem.test") String username,
            @Schema(maxLength = 128, example = "tandem-demo", format = "password") String password,
            @Schema(description = "District slug or id; only when the email has accounts in several districts",
                    maxLength = 64, example = "demo") String tenant) {
    }

    @Schema(name = "RefreshTokenGrant", description = "Exchange a refresh token (single use) for new tokens",
            requiredProperties = {"grant_type", "refresh_token"})
    record RefreshTokenGrant(
            @Schema(enumeration = "refresh_token", example = "refresh_token") String grant_type,
            @Schema(maxLength = 256) String refresh_token) {
    }

    @Schema(name = "ClientCredentialsGrant", description = "An integrator's client credentials (or send them with HTTP Basic)",
            requiredProperties = {"grant_type"})
    record ClientCredentialsGrant(
            @Schema(enumeration = "client_credentials", example = "client_credentials") String grant_type,
            @Schema(maxLength = 128, example = "demo-sis") String client_id,
            @Schema(maxLength = 256, example = "demo-sis-secret", format = "password") String client_secret,
            @Schema(maxLength = 1024, description = "Space-separated scopes") String scope) {
    }

    @Schema(name = "TokenRequest", description = "One of the grants, told apart by `grant_type`",
            oneOf = {PasswordGrant.class, RefreshTokenGrant.class, ClientCredentialsGrant.class},
            discriminatorProperty = "grant_type",
            discriminatorMapping = {
                    @org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping(value = "password", schema = PasswordGrant.class),
                    @org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping(value = "refresh_token", schema = RefreshTokenGrant.class),
                    @org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping(value = "client_credentials", schema = ClientCredentialsGrant.class)})
    interface TokenRequest {
    }
}
