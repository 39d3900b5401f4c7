package org.tandem.identity.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.directory.Relationship;
import org.tandem.platform.persistence.TenantOwned;

/**
 * Staff's invitation of a guardian for a student, by email. Single use, expiring, revocable; the
 * token itself is never stored, only its hash. Acceptance is claimed with a guarded UPDATE (see
 * {@link InvitationAcceptance}), never by setting fields here, so two acceptances cannot both win.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends TenantOwned {

    /** Where an invitation stands; expiry is a matter of time, not of a stored field. */
    public enum Status { PENDING, ACCEPTED, REVOKED, EXPIRED }

    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    private String email;
    private Relationship relationship;
    @Column(name = "educational_rights")
    private boolean educationalRights;
    @Column(name = "invited_by", nullable = false, updatable = false)
    private UUID invitedBy;
    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "accepted_account_id")
    private UUID acceptedAccountId;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Invitation() {
    }

    Invitation(UUID studentId, String email, Relationship relationship, boolean educationalRights, UUID invitedBy,
               String tokenHash, Instant expiresAt) {
        this.studentId = studentId;
        this.email = email;
        this.relationship = relationship;
        this.educationalRights = educationalRights;
        this.invitedBy = invitedBy;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    Status status(Instant now) {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    UUID studentId() { return studentId; }
    String email() { return email; }
    Relationship relationship() { return relationship; }
    boolean educationalRights() { return educationalRights; }
    UUID invitedBy() { return invitedBy; }
    Instant expiresAt() { return expiresAt; }
    Instant acceptedAt() { return acceptedAt; }
    UUID acceptedAccountId() { return acceptedAccountId; }
    Instant revokedAt() { return revokedAt; }
}
