package org.tandem.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;
import org.tandem.webhooks.dto.RotatedSecret;
import org.tandem.webhooks.dto.WebhookEndpointChanges;
import org.tandem.webhooks.dto.WebhookEndpointDraft;
import org.tandem.webhooks.dto.WebhookEndpointView;

/** Registering, changing, listing and removing webhook endpoints, and rotating their secrets. */
@ApplicationScoped
@Transactional
public class WebhookEndpointService {

    private final WebhookEndpoints endpoints;
    private final WebhookAccess access;
    private final TargetGuard guard;
    private final SecretBox secrets;
    private final WebhookSettings settings;
    private final CursorCodec cursors;
    private final MergePatch mergePatch;
    private final Sql sql;
    private final Clock clock;

    WebhookEndpointService(WebhookEndpoints endpoints, WebhookAccess access, TargetGuard guard, SecretBox secrets,
                           WebhookSettings settings, CursorCodec cursors, MergePatch mergePatch, Sql sql, Clock clock) {
        this.endpoints = endpoints;
        this.access = access;
        this.guard = guard;
        this.secrets = secrets;
        this.settings = settings;
        this.cursors = cursors;
        this.mergePatch = mergePatch;
        this.sql = sql;
        this.clock = clock;
    }

    WebhookEndpointView create(WebhookEndpointDraft draft) {
        access.requireManager();
        access.requireVisible(draft.eventTypes());
        String url = checkedUrl(draft.url());
        String tenant = sql.tenant();
        UUID id = UUID.randomUUID();
        boolean client = access.isIntegrator();
        endpoints.insert(tenant, id, url, blankToNull(draft.description()), distinct(draft.eventTypes()),
                draft.status() == null ? "enabled" : draft.status(), client ? null : access.callerId(),
                client ? access.callerId() : null);
        String secret = secrets.newSecret();
        endpoints.addSecret(tenant, id, secrets.seal(tenant, secret));
        return endpoints.find(tenant, id).orElseThrow().withSecret(secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<WebhookEndpointView> list(PageRequest page) {
        access.requireManager();
        UUID own = access.ownClientOnly();
        String list = "webhook-endpoints:" + own;
        WebhookEndpoints.Position after = cursors.decode(list, page.cursor(), WebhookEndpoints.Position.class);
        List<WebhookEndpointView> rows = endpoints.page(sql.tenant(), own, after, page.fetchSize());
        return Page.of(rows, page, v -> v, v -> cursors.encode(list, new WebhookEndpoints.Position(v.createdAt(), v.id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookEndpointView get(UUID id) {
        access.requireManager();
        return access.requireOwn(endpoints.find(sql.tenant(), id).orElse(null), id);
    }

    WebhookEndpointView change(UUID id, JsonNode patch, String ifMatch) {
        access.requireManager();
        String tenant = sql.tenant();
        WebhookEndpointView current = access.requireOwn(endpoints.lock(tenant, id).orElse(null), id);
        EntityTags.checkRequired(ifMatch, current.version());
        WebhookEndpointChanges next = mergePatch.apply(new WebhookEndpointChanges(current.url(), current.description(),
                current.eventTypes(), current.status()), patch, WebhookEndpointChanges.class);
        if (!next.eventTypes().equals(current.eventTypes())) {
            access.requireVisible(next.eventTypes());
        }
        String url = next.url().equals(current.url()) ? current.url() : checkedUrl(next.url());
        String reason = next.status().equals("disabled")
                ? (current.status().equals("disabled") ? current.disabledReason() : "Disabled by its owner") : null;
        endpoints.update(tenant, id, url, blankToNull(next.description()), distinct(next.eventTypes()), next.status(), reason);
        return endpoints.find(tenant, id).orElseThrow();
    }

    RotatedSecret rotate(UUID id, Integer overlapSeconds) {
        access.requireManager();
        String tenant = sql.tenant();
        access.requireOwn(endpoints.lock(tenant, id).orElse(null), id);
        Duration overlap = overlapSeconds == null ? settings.rotationOverlap() : Duration.ofSeconds(overlapSeconds);
        Instant until = clock.instant().plus(overlap);
        endpoints.retireSecrets(tenant, id, until);
        String secret = secrets.newSecret();
        endpoints.addSecret(tenant, id, secrets.seal(tenant, secret));
        endpoints.touch(tenant, id);
        return new RotatedSecret(secret, overlap.isZero() ? null : until);
    }

    void delete(UUID id) {
        access.requireManager();
        String tenant = sql.tenant();
        access.requireOwn(endpoints.lock(tenant, id).orElse(null), id);
        endpoints.delete(tenant, id);
    }

    private String checkedUrl(String url) {
        try {
            guard.checkAddresses(guard.parse(url.strip()));
            return url.strip();
        } catch (TargetGuard.Refused refused) {
            throw ApiException.validation(List.of(new org.tandem.platform.problem.Problem.FieldError("url", refused.getMessage())));
        }
    }

    private static List<String> distinct(List<String> types) {
        return types.stream().distinct().sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
