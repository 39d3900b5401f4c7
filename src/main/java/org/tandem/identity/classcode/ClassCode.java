package org.tandem.identity.classcode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.tandem.platform.time.Clocks;

/** A class's join code: one per class, rotated to a new value or disabled by its staff. */
@Entity
@Table(name = "class_code")
public class ClassCode {

    @Id
    @Column(name = "class_id")
    private UUID classId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    private String code;
    private boolean active;
    @Column(name = "rotated_at", nullable = false)
    private Instant rotatedAt;
    @Version
    private long version;

    protected ClassCode() {
    }

    ClassCode(UUID classId, String code) {
        this.classId = classId;
        rotate(code);
    }

    /** A new value, which also re-enables a disabled code; the old value stops working at once. */
    void rotate(String newCode) {
        this.code = newCode;
        this.active = true;
        this.rotatedAt = Clocks.now();
    }

    void disable() {
        this.active = false;
    }

    UUID classId() { return classId; }
    String code() { return code; }
    boolean active() { return active; }
    Instant rotatedAt() { return rotatedAt; }
    long version() { return version; }
}
