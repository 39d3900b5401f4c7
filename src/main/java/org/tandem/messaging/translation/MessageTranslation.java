package org.tandem.messaging.translation;

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

/** A message's text in another language, by a machine or a person. */
@Entity
@Table(name = "message_translation")
@IdClass(MessageTranslation.Key.class)
public class MessageTranslation {

    public record Key(UUID messageId, String language) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "message_id")
    private UUID messageId;
    @Id
    private String language;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String body;
    private String source;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "translated_by")
    private UUID translatedBy;

    protected MessageTranslation() {
    }

    public MessageTranslation(UUID messageId, String language, String body, String source) {
        this.messageId = messageId;
        this.language = language;
        this.body = body;
        this.source = source;
        this.createdAt = Clocks.now();
    }

    public UUID messageId() { return messageId; }
    public String language() { return language; }
    public String body() { return body; }
    public String source() { return source; }
    public Instant createdAt() { return createdAt; }
    /** The person who wrote a human rendition; null for a machine one. */
    public UUID translatedBy() { return translatedBy; }
}
