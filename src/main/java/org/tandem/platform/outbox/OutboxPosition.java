package org.tandem.platform.outbox;

/**
 * A place in the outbox's walk order: the writing transaction's id, then the event's id. Every event
 * committed after a reader passed a position sorts after it (see {@link OutboxReader}).
 */
public record OutboxPosition(long txId, long id) implements Comparable<OutboxPosition> {

    public static final OutboxPosition START = new OutboxPosition(0, 0);

    public OutboxPosition {
        if (txId < 0 || id < 0) {
            throw new IllegalArgumentException("An outbox position is never negative");
        }
    }

    @Override
    public int compareTo(OutboxPosition other) {
        int byTx = Long.compare(txId, other.txId);
        return byTx != 0 ? byTx : Long.compare(id, other.id);
    }

    /** A compact text form for cursors ({@code txId.id}); callers that expose it should sign or encode it. */
    @Override
    public String toString() {
        return txId + "." + id;
    }

    /** Reads {@link #toString()}'s form; throws {@link IllegalArgumentException} for anything else. */
    public static OutboxPosition parse(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("Not an outbox position: " + text);
        }
        try {
            return new OutboxPosition(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not an outbox position: " + text, e);
        }
    }
}
