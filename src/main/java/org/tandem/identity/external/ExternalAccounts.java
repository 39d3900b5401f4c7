package org.tandem.identity.external;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.tandem.identity.AccountRoles;

/**
 * Finds the account an external provider's user stands for, within the provider's district only,
 * and the roles that account holds there.
 */
@ApplicationScoped
class ExternalAccounts {

    /** An active account of the district and its roles. */
    record SignedIn(UUID accountId, Set<String> roles) {
    }

    private final SessionFactory sessions;
    private final AccountRoles accountRoles;

    ExternalAccounts(SessionFactory sessions, AccountRoles accountRoles) {
        this.sessions = sessions;
        this.accountRoles = accountRoles;
    }

    Optional<SignedIn> find(ExternalIssuerSettings.Issuer issuer, String user) {
        // Authentication runs before the request has a tenant: name the provider's district explicitly.
        return outsideTheRequest(() -> {
            try (Session session = sessions.withOptions().tenantIdentifier((Object) issuer.tenant().toString())
                    .openSession()) {
                List<UUID> matches = switch (issuer.matchBy()) {
                    case EMAIL -> session.createQuery(
                                    "SELECT a.id FROM Account a WHERE lower(a.email) = lower(:user) AND a.active = true",
                                    UUID.class)
                            .setParameter("user", user).setMaxResults(2).getResultList();
                    case EXTERNAL_SUBJECT -> session.createQuery(
                                    "SELECT a.id FROM Account a WHERE a.externalSubject = :user AND a.active = true",
                                    UUID.class)
                            .setParameter("user", user).setMaxResults(2).getResultList();
                };
                if (matches.size() != 1) {
                    return Optional.empty();
                }
                UUID account = matches.get(0);
                return Optional.of(new SignedIn(account, accountRoles.rolesOf(session, account)));
            }
        });
    }

    /**
     * Runs work on a thread of its own, away from the request. Hibernate asks the tenant resolver for
     * the current tenant even when a session names its own; inside the request that resolver waits
     * for the caller's identity, which is what we are still establishing, and would wait forever.
     * (ArC keeps the request context on the Vert.x context, where it cannot be set aside.)
     */
    private static <T> T outsideTheRequest(Callable<T> work) {
        try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while finding the account of an external sign-in", e);
        }
    }
}
