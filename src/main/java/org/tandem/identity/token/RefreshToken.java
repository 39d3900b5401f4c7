package org.tandem.identity.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** An opaque refresh token, stored by hash; one of a family that rotation grows. */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    enum State { ACTIVE, USED, REVOKED }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "family_id", nullable = false, updatable = false)
    private UUID familyId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    private String state;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID accountId, UUID familyId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.state = "active";
        this.createdAt = Clocks.now();
        this.expiresAt = expiresAt;
    }

    State state() {
        return State.valueOf(state.toUpperCase());
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.state = "used";
        this.usedAt = now;
    }

    UUID accountId() { return accountId; }
    UUID tenantId() { return UUID.fromString(tenantId); }
    UUID familyId() { return familyId; }
}
