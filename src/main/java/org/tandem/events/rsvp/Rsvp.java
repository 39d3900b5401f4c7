package org.tandem.events.rsvp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/**
 * A household's answer to an event. A "yes" party (the respondent, adult and child guests) is
 * wholly confirmed or wholly waitlisted; the waitlist is ordered by {@code waitlistSeq}.
 */
@Entity
@Table(name = "event_rsvp")
public class Rsvp extends TenantOwned {

    static final String CONFIRMED = "confirmed";
    static final String WAITLISTED = "waitlisted";

    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "household_key")
    private UUID householdKey;
    private String answer;
    private String status;
    @Column(name = "adult_guests")
    private int adultGuests;
    @Column(name = "child_guests")
    private int childGuests;
    private String note;
    @Column(name = "waitlist_seq")
    private Long waitlistSeq;
    @Column(name = "promoted_at")
    private Instant promotedAt;
    @Column(name = "responded_by")
    private UUID respondedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected Rsvp() {
    }

    public Rsvp(UUID eventId, UUID householdKey) {
        this.eventId = eventId;
        this.householdKey = householdKey;
    }

    public void answer(String answer, int adultGuests, int childGuests, String note, UUID by, Instant at) {
        this.answer = answer;
        this.adultGuests = adultGuests;
        this.childGuests = childGuests;
        this.note = note;
        this.respondedBy = by;
        this.respondedAt = at;
        if (!"yes".equals(answer)) {
            this.status = "no".equals(answer) ? "not_attending" : "maybe";
            this.waitlistSeq = null;
            this.promotedAt = null;
        }
    }

    public void confirm() {
        this.status = CONFIRMED;
        this.waitlistSeq = null;
    }

    /** Confirmed from the waitlist: the household sees when. */
    void promote(Instant at) {
        confirm();
        this.promotedAt = at;
    }

    public void waitlist(long seq) {
        this.status = WAITLISTED;
        this.waitlistSeq = seq;
        this.promotedAt = null;
    }

    /** The party's size in heads: the respondent and their guests. */
    public int heads() {
        return 1 + adultGuests + childGuests;
    }

    public boolean confirmed() { return CONFIRMED.equals(status); }
    public boolean waitlisted() { return WAITLISTED.equals(status); }
    public UUID eventId() { return eventId; }
    public UUID householdKey() { return householdKey; }
    public String answer() { return answer; }
    public String status() { return status; }
    public int adultGuests() { return adultGuests; }
    public int childGuests() { return childGuests; }
    public String note() { return note; }
    public Long waitlistSeq() { return waitlistSeq; }
    public Instant promotedAt() { return promotedAt; }
    public UUID respondedBy() { return respondedBy; }
    public Instant respondedAt() { return respondedAt; }
}
