package org.tandem.testsupport;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.platform.tenancy.TenantContext;

/**
 * Test-only: tells the caller who the application thinks they are, and reads their account through
 * the tenant-filtered persistence layer, so tests can check a token end to end.
 */
@Path("/api/v1/test-caller")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CallerProbe {

    public record CallerView(String subject, String tenant, Set<String> roles, String issuer, String accountEmail) {
    }

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;
    private final TenantContext tenant;
    private final EntityManager em;

    CallerProbe(SecurityIdentity identity, JsonWebToken jwt, TenantContext tenant, EntityManager em) {
        this.identity = identity;
        this.jwt = jwt;
        this.tenant = tenant;
        this.em = em;
    }

    @GET
    public CallerView get() {
        return new CallerView(jwt.getSubject(), tenant.current().map(UUID::toString).orElse(null),
                new TreeSet<>(identity.getRoles()), jwt.getIssuer(), accountEmail());
    }

    private String accountEmail() {
        UUID id;
        try {
            id = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            return null;
        }
        return em.createQuery("SELECT a.email FROM Account a WHERE a.id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
    }
}
