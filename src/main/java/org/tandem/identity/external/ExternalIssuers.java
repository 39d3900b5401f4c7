package org.tandem.identity.external;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.tandem.platform.security.JwtSettings;

/**
 * The configured external identity providers, by issuer. Checked at start-up, so a provider that
 * could be confused with us or with another provider stops the application rather than a sign-in.
 */
@Singleton
@io.quarkus.runtime.Startup
class ExternalIssuers {

    private static final Logger LOG = Logger.getLogger(ExternalIssuers.class);

    private final Map<String, ExternalIssuer> byIssuer = new HashMap<>();

    ExternalIssuers(ExternalIssuerSettings settings, JwtSettings ours) {
        settings.issuers().forEach((name, issuer) -> {
            if (issuer.issuer().equals(ours.issuer())) {
                throw new IllegalStateException("tandem.external-issuers." + name
                        + ".issuer is Tandem's own issuer; an external provider must have an issuer of its own");
            }
            ExternalIssuer previous = byIssuer.put(issuer.issuer(), new ExternalIssuer(name, issuer));
            if (previous != null) {
                throw new IllegalStateException("tandem.external-issuers." + previous.name() + " and " + name
                        + " have the same issuer; each issuer may sign in to one district only");
            }
            LOG.infof("Accepting tokens of %s (%s) for district %s", name, issuer.issuer(), issuer.tenant());
        });
    }

    Optional<ExternalIssuer> forIssuer(String issuer) {
        return issuer == null ? Optional.empty() : Optional.ofNullable(byIssuer.get(issuer));
    }

    boolean isEmpty() {
        return byIssuer.isEmpty();
    }
}
