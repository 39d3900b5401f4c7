package org.tandem.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Writes who read which student's records, when and why, in the reading transaction. */
@ApplicationScoped
public class AuditLog {

    private final AuditEventRepository events;
    private final Caller caller;
    private final io.vertx.core.http.HttpServerRequest request;

    AuditLog(AuditEventRepository events, Caller caller, io.vertx.core.http.HttpServerRequest request) {
        this.events = events;
        this.caller = caller;
        this.request = request;
    }

    public void recordRead(UUID studentId, String action, String purpose) {
        events.persist(new AuditEvent(caller.accountId(), primaryRole(), action, studentId, purpose,
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
