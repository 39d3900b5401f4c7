package org.tandem.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The student being deleted, handed to every {@link StudentErasure} inside the one deletion
 * transaction. Features report the ids of what they removed ({@link #forgotten}) so that the traces
 * left in shared infrastructure (the outbox, stored idempotent responses, queued mail) that name those
 * records can be found and removed after them, and how many rows they removed ({@link #removed}) for
 * the non-identifying erasure record.
 */
public final class ErasedStudent {

    private final String tenant;
    private final UUID studentId;
    private final String givenName;
    private final String familyName;
    private final String sourcedId;
    private final Set<UUID> forgotten = new LinkedHashSet<>();
    private final Map<String, Integer> removed = new LinkedHashMap<>();

    public ErasedStudent(String tenant, UUID studentId, String givenName, String familyName, String sourcedId) {
        this.tenant = tenant;
        this.studentId = studentId;
        this.givenName = givenName;
        this.familyName = familyName;
        this.sourcedId = sourcedId;
        forgotten.add(studentId);
    }

    /** The tenant as stored in {@code tenant_id}: every statement names it (plain SQL has no tenant filter). */
    public String tenant() { return tenant; }
    public UUID studentId() { return studentId; }
    public String givenName() { return givenName; }
    public String familyName() { return familyName; }
    /** The student's id in the district's information system, or null. */
    public String sourcedId() { return sourcedId; }

    /** The student's name as it is written in free text. */
    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Records that these ids (threads, messages, goals, ...) no longer exist. */
    public void forgotten(Collection<UUID> ids) {
        forgotten.addAll(ids);
    }

    /** Every id removed so far, the student's own included. */
    public Set<UUID> forgottenIds() {
        return Set.copyOf(forgotten);
    }

    /** Counts rows a feature removed, under the feature's name (the erasure record keeps the totals). */
    public void removed(String feature, int rows) {
        removed.merge(feature, rows, Integer::sum);
    }

    public Map<String, Integer> removedRows() {
        return Map.copyOf(removed);
    }

    /** Phrases whose presence in free text or JSON marks a row as being about the student. */
    public List<String> phrases() {
        List<String> phrases = new java.util.ArrayList<>(forgotten.stream().map(UUID::toString).toList());
        phrases.add(fullName());
        return phrases;
    }
}
