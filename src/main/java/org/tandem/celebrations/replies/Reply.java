package org.tandem.celebrations.replies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A short note of thanks under a celebration. */
@Entity
@Table(name = "celebration_reply")
public class Reply extends TenantOwned {

    @Column(name = "celebration_id", nullable = false, updatable = false)
    private UUID celebrationId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    private String body;
    @Column(name = "removed_at")
    private Instant removedAt;

    protected Reply() {
    }

    Reply(UUID celebrationId, UUID authorId, String body) {
        this.celebrationId = celebrationId;
        this.authorId = authorId;
        this.body = body;
    }

    void remove() {
        if (removedAt == null) {
            removedAt = Clocks.now();
        }
    }

    public UUID celebrationId() { return celebrationId; }
    public UUID authorId() { return authorId; }
    public String body() { return body; }
    public Instant removedAt() { return removedAt; }
}
