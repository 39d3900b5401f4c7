package org.tandem.events.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Calendar feeds by account and by token hash. */
@ApplicationScoped
public class CalendarFeedRepository implements PanacheRepositoryBase<CalendarFeed, UUID> {

    public Optional<CalendarFeed> ofAccount(UUID accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    public Optional<CalendarFeed> byTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }
}
