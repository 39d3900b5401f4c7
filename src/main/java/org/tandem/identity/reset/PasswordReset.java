package org.tandem.identity.reset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** A single-use, expiring permission to set an account's password, sent by mail; only its hash is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordReset {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    PasswordReset(UUID accountId, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = Clocks.now();
        this.expiresAt = expiresAt;
    }

    UUID id() { return id; }
    UUID accountId() { return accountId; }
    Instant expiresAt() { return expiresAt; }
}
