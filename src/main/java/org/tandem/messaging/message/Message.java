package org.tandem.messaging.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A message: its original text and language; a deleted one stays as a tombstone without text. */
@Entity
@Table(name = "message")
public class Message extends TenantOwned {

    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(nullable = false, updatable = false)
    private long seq;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(name = "client_message_id", updatable = false)
    private String clientMessageId;
    private String body;
    private String language;
    private boolean urgent;
    @Column(name = "edited_at")
    private Instant editedAt;
    @Column(name = "deleted_at")
    private Instant deletedAt;

    protected Message() {
    }

    Message(UUID threadId, long seq, UUID authorId, String clientMessageId, String body, String language, boolean urgent) {
        this.threadId = threadId;
        this.seq = seq;
        this.authorId = authorId;
        this.clientMessageId = clientMessageId;
        this.body = body;
        this.language = language;
        this.urgent = urgent;
    }

    void edit(String newBody) {
        this.body = newBody;
        this.editedAt = Clocks.now();
    }

    void delete() {
        this.body = null;
        this.deletedAt = Clocks.now();
    }

    public boolean deleted() { return deletedAt != null; }
    public UUID threadId() { return threadId; }
    public long seq() { return seq; }
    public UUID authorId() { return authorId; }
    public String clientMessageId() { return clientMessageId; }
    public String body() { return body; }
    public String language() { return language; }
    public boolean urgent() { return urgent; }
    public Instant editedAt() { return editedAt; }
    public Instant deletedAt() { return deletedAt; }
}
