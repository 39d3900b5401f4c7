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

    /**
     * The row {@link #recordRead} writes, for a plain-SQL read path that writes its audit events in
     * its own statement ({@code INSERT INTO audit_event (}{@value #COLUMNS}{@code ) SELECT ...}): the
     * caller's account and primary role, and the request's id.
     */
    public static final String COLUMNS = "id, tenant_id, occurred_at, actor_id, actor_role, action, student_id, purpose, request_id";

    /** The caller's primary role, as {@link #recordRead} writes it in {@code actor_role}. */
    public String actorRole() {
        return primaryRole();
    }

    /** The request's id, as {@link #recordRead} writes it in {@code request_id}. */
    public String requestId() {
        return org.tandem.platform.http.RequestIds.of(request);
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
