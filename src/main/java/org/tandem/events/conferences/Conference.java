package org.tandem.events.conferences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** A teacher's conference window: slots of a fixed length with breaks, in person or by video. */
@Entity
@Table(name = "conference")
public class Conference extends TenantOwned {

    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "school_id")
    private UUID schoolId;
    @Column(name = "class_id")
    private UUID classId;
    private String title;
    @Column(name = "time_zone")
    private String timeZone;
    private String mode;
    private String place;
    @Column(name = "video_link")
    private String videoLink;
    @Column(name = "slot_minutes")
    private int slotMinutes;
    @Column(name = "break_minutes")
    private int breakMinutes;
    private int sequence;

    protected Conference() {
    }

    public Conference(UUID staffId, UUID schoolId, UUID classId, String title, ZoneId zone, String mode, String place,
               String videoLink, int slotMinutes, int breakMinutes) {
        this.staffId = staffId;
        this.schoolId = schoolId;
        this.classId = classId;
        this.title = title;
        this.timeZone = zone.getId();
        this.mode = mode;
        this.place = place;
        this.videoLink = videoLink;
        this.slotMinutes = slotMinutes;
        this.breakMinutes = breakMinutes;
    }

    void changed() {
        sequence++;
    }

    public UUID staffId() { return staffId; }
    public UUID schoolId() { return schoolId; }
    public UUID classId() { return classId; }
    public String title() { return title; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    public String mode() { return mode; }
    public String place() { return place; }
    public String videoLink() { return videoLink; }
    public int slotMinutes() { return slotMinutes; }
    public int breakMinutes() { return breakMinutes; }
    public int sequence() { return sequence; }
}
