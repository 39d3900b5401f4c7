package org.tandem.events.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.tandem.platform.persistence.TenantOwned;

/** An account's private calendar feed: only the SHA-256 of its token is kept. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends TenantOwned {

    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "token_hash")
    private String tokenHash;

    protected CalendarFeed() {
    }

    CalendarFeed(UUID accountId, String tokenHash) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
    }

    public UUID accountId() { return accountId; }
}
