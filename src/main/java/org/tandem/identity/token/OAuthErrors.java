package org.tandem.identity.token;

import java.util.Map;
import org.tandem.platform.problem.ApiException;

/** The error codes of RFC 6749 §5.2, carried as problem details with the OAuth code as {@code code}. */
final class OAuthErrors {

    private OAuthErrors() {
    }

    static ApiException invalidRequest(String detail) {
        return new ApiException(400, "invalid_request", "The token request is malformed", detail);
    }

    static ApiException invalidGrant(String detail) {
        return new ApiException(400, "invalid_grant", "The grant is not valid", detail);
    }

    static ApiException invalidClient() {
        return new ApiException(401, "invalid_client", "Client authentication failed",
                "The client id or secret is wrong", null, Map.of("WWW-Authenticate", "Basic realm=\"tandem\""));
    }

    static ApiException invalidScope(String detail) {
        return new ApiException(400, "invalid_scope", "A requested scope is not allowed", detail);
    }

    static ApiException unsupportedGrantType(String grantType) {
        return new ApiException(400, "unsupported_grant_type", "The grant type is not supported",
                "Supported grant types: password, refresh_token, client_credentials; got " + grantType);
    }
}
