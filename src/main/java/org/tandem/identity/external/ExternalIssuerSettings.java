package org.tandem.identity.external;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Identity providers of districts whose tokens we accept alongside ours, by name:
 * {@code tandem.external-issuers."<name>".issuer=...}. None by default.
 */
@ConfigMapping(prefix = "tandem.external-issuers")
interface ExternalIssuerSettings {

    @WithParentName
    Map<String, Issuer> issuers();

    /** How a verified token's user claim finds an account. */
    enum MatchBy {
        /** The claim holds an email address, compared case-insensitively with the account's email. */
        EMAIL,
        /** The claim holds the provider's stable id of the user, equal to the account's external subject. */
        EXTERNAL_SUBJECT
    }

    interface Issuer {

        /** The exact {@code iss} of the provider's tokens. */
        String issuer();

        /** Where the provider publishes its signing keys (a JWKS); https, or http on a loopback address. */
        URI jwksUrl();

        /** The {@code aud} values the provider puts in tokens meant for Tandem (any one must be present). */
        Set<String> audience();

        /** The claim that identifies the user. */
        @WithDefault("email")
        String userClaim();

        @WithDefault("email")
        MatchBy matchBy();

        /** The district (tenant id) whose accounts this provider signs in. */
        UUID tenant();

        /** The signature algorithms accepted from this provider. */
        @WithDefault("RS256")
        List<String> signatureAlgorithms();
    }
}
