package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Writes who read which student's records, when and why, in the reading transaction. */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final Caller caller;
    private final io.vertx.core.http.HttpServerRequest request;

    AuditLog(EntityManager em, Caller caller, io.vertx.core.http.HttpServerRequest request) {
        this.em = em;
        this.caller = caller;
        this.request = request;
    }

    public void recordRead(UUID studentId, String action, String purpose) {
        em.persist(new AuditEvent(caller.accountId(), primaryRole(), action, studentId, purpose,
                org.tandem.platform.http.RequestIds.of(request)));
    }

    private String primaryRole() {
        for (String role : new String[] {Roles.DISTRICT_ADMIN, Roles.SCHOOL_ADMIN, Roles.STAFF, Roles.GUARDIAN, Roles.INTEGRATOR}) {
            if (caller.has(role)) {
                return role;
            }
        }
        return "unknown";
    }
}
