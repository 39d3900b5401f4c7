package org.tandem.messaging.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** A message one participant chose to hide for themselves. */
@Entity
@Table(name = "message_hidden")
@IdClass(HiddenMessage.Key.class)
public class HiddenMessage {

    public record Key(UUID accountId, UUID messageId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Id
    @Column(name = "message_id")
    private UUID messageId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "hidden_at", nullable = false)
    private Instant hiddenAt;

    protected HiddenMessage() {
    }

    HiddenMessage(UUID messageId, UUID accountId) {
        this.messageId = messageId;
        this.accountId = accountId;
        this.hiddenAt = Clocks.now();
    }
}
