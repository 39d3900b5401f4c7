package org.tandem.privacy;

/** What a district's retention policy limits, each kept a number of days (docs/privacy.md). */
public enum RetentionCategory {
    /** Messages, counted from when they were sent (with their edits, translations, reports). */
    MESSAGES("messages"),
    /** Celebrations, counted from when they were made (with reactions and replies). */
    CELEBRATIONS("celebrations"),
    /** Achieved, discontinued or withdrawn goals, counted from when they closed (with check-ins and history). */
    CLOSED_GOALS("closedGoals"),
    /** Notifications shown to people, counted from when they were created. */
    NOTIFICATIONS("notifications"),
    /** The audit log of reads of students' records, counted from the read. */
    AUDIT_RECORDS("auditRecords"),
    /** Delivery records (mail sent, pushes, webhook calls), counted from their creation. */
    DELIVERIES("deliveries");

    private final String wire;

    RetentionCategory(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
