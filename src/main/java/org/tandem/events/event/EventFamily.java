package org.tandem.events.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One chosen family of an event for chosen families, named by their student. */
@Entity
@Table(name = "event_family")
@IdClass(EventFamily.Key.class)
public class EventFamily {

    /** The natural key. */
    public static class Key implements Serializable {
        private UUID eventId;
        private UUID studentId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(studentId, k.studentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, studentId);
        }
    }

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Id
    @Column(name = "student_id")
    private UUID studentId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    protected EventFamily() {
    }

    EventFamily(UUID eventId, UUID studentId) {
        this.eventId = eventId;
        this.studentId = studentId;
    }

    public UUID studentId() { return studentId; }
}
