package org.tandem.messaging.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** The text a message had before an edit. */
@Entity
@Table(name = "message_edit")
public class MessageEdit {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "message_id", nullable = false, updatable = false)
    private UUID messageId;
    @Column(name = "previous_body", nullable = false, updatable = false)
    private String previousBody;
    @Column(name = "edited_at", nullable = false, updatable = false)
    private Instant editedAt;

    protected MessageEdit() {
    }

    MessageEdit(UUID messageId, String previousBody) {
        this.id = UUID.randomUUID();
        this.messageId = messageId;
        this.previousBody = previousBody;
        this.editedAt = Clocks.now();
    }

    public UUID messageId() { return messageId; }
    public String previousBody() { return previousBody; }
    public Instant editedAt() { return editedAt; }
}
