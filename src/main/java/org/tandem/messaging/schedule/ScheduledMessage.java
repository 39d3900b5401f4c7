package org.tandem.messaging.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.tandem.platform.persistence.LowerCaseEnumConverter;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.time.Clocks;

/** A message a staff member wrote to be sent later; it enters its thread only when released. */
@Entity
@Table(name = "scheduled_message")
public class ScheduledMessage extends TenantOwned {

    enum State { SCHEDULED, SENT, CANCELLED }

    /** Why a scheduled message was not sent: its author cancelled it, or it could no longer be posted. */
    enum CancelReason { AUTHOR, THREAD_LOCKED, AUTHOR_LEFT }

    @Column(name = "thread_id", nullable = false, updatable = false)
    private UUID threadId;
    @Column(name = "author_id", nullable = false, updatable = false)
    private UUID authorId;
    @Column(name = "client_message_id", updatable = false)
    private String clientMessageId;
    private String body;
    private String language;
    private boolean urgent;
    @Column(name = "send_at")
    private Instant sendAt;
    @Convert(converter = StateColumn.class)
    private State state;
    @Column(name = "cancel_reason")
    @Convert(converter = ReasonColumn.class)
    private CancelReason cancelReason;
    @Column(name = "message_id")
    private UUID messageId;
    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    protected ScheduledMessage() {
    }

    ScheduledMessage(UUID threadId, UUID authorId, String clientMessageId, String body, String language, boolean urgent,
                     Instant sendAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.clientMessageId = clientMessageId;
        this.body = body;
        this.language = language;
        this.urgent = urgent;
        this.sendAt = sendAt;
        this.state = State.SCHEDULED;
    }

    void sent(UUID messageId) {
        this.state = State.SENT;
        this.messageId = messageId;
        this.stateChangedAt = Clocks.now();
    }

    void cancel(CancelReason reason) {
        this.state = State.CANCELLED;
        this.cancelReason = reason;
        this.stateChangedAt = Clocks.now();
    }

    public UUID threadId() { return threadId; }
    public UUID authorId() { return authorId; }
    public String clientMessageId() { return clientMessageId; }
    public String body() { return body; }
    public String language() { return language; }
    public boolean urgent() { return urgent; }
    public Instant sendAt() { return sendAt; }
    public State state() { return state; }
    public CancelReason cancelReason() { return cancelReason; }
    public UUID messageId() { return messageId; }
    public Instant stateChangedAt() { return stateChangedAt; }

    static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static class StateColumn extends LowerCaseEnumConverter<State> {
        StateColumn() {
            super(State.class);
        }
    }

    static class ReasonColumn extends LowerCaseEnumConverter<CancelReason> {
        ReasonColumn() {
            super(CancelReason.class);
        }
    }
}
