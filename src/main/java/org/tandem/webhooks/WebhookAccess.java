package org.tandem.webhooks;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.access.Scopes;
import org.tandem.platform.problem.ApiException;
import org.tandem.webhooks.dto.WebhookEndpointView;

/**
 * Who may manage webhooks: district administrators (every endpoint of the district) and integrators
 * granted webhooks.manage (their own endpoints only). Anyone else gets 403; another owner's endpoint,
 * or another district's, is a 404.
 */
@RequestScoped
class WebhookAccess {

    private final Caller caller;

    WebhookAccess(Caller caller) {
        this.caller = caller;
    }

    void requireManager() {
        if (caller.isDistrictAdmin() || caller.isIntegratorWith(Scopes.WEBHOOKS_MANAGE)) {
            return;
        }
        throw ApiException.forbidden("Only district administrators and integrators granted webhooks.manage manage webhooks");
    }

    /** The client whose endpoints alone the caller sees, or null for an administrator (all of the district's). */
    UUID ownClientOnly() {
        return caller.isDistrictAdmin() ? null : caller.accountId();
    }

    boolean isIntegrator() {
        return !caller.isDistrictAdmin() && caller.has(Roles.INTEGRATOR);
    }

    UUID callerId() {
        return caller.accountId();
    }

    /** The endpoint if the caller may manage it; a 404 otherwise (existence is not disclosed). */
    WebhookEndpointView requireOwn(WebhookEndpointView endpoint, UUID id) {
        UUID own = ownClientOnly();
        if (endpoint == null || own != null && !("client".equals(endpoint.ownerKind()) && own.equals(endpoint.ownerId()))) {
            throw ApiException.notFound("Webhook endpoint " + id);
        }
        return endpoint;
    }

    /** Every type asked must be one the caller may see (422 otherwise, naming it). */
    void requireVisible(java.util.List<String> types) {
        java.util.List<org.tandem.platform.problem.Problem.FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (org.tandem.platform.outbox.DomainEventType.fromWireName(type).isEmpty()) {
                errors.add(new org.tandem.platform.problem.Problem.FieldError("eventTypes[" + i + "]",
                        "is not an event type (see GET /api/v1/webhook-event-types)"));
            } else if (!EventVisibility.visibleTo(caller, type)) {
                errors.add(new org.tandem.platform.problem.Problem.FieldError("eventTypes[" + i + "]",
                        "is not covered by your scopes (" + EventVisibility.scopeFor(type) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
