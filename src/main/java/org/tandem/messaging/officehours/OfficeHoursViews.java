package org.tandem.messaging.officehours;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tandem.messaging.dto.OfficeHoursUpdate;
import org.tandem.messaging.dto.OfficeHoursView;

/** Office hours as a reader sees them (open now, next opening), one at a time or for many staff at once. */
@ApplicationScoped
public class OfficeHoursViews {

    private final OfficeHoursRepository officeHours;
    private final Clock clock;

    OfficeHoursViews(OfficeHoursRepository officeHours, Clock clock) {
        this.officeHours = officeHours;
        this.clock = clock;
    }

    /**
     * The hours of these staff members (staff id → account id) who have set some, by staff id, in one
     * statement. Whether the caller may read them is decided before (see {@link OfficeHoursAccess}).
     */
    public Map<UUID, OfficeHoursView> ofStaff(Map<UUID, UUID> accountsByStaff) {
        Collection<UUID> accounts = accountsByStaff.values().stream().filter(java.util.Objects::nonNull).toList();
        if (accounts.isEmpty()) {
            return Map.of();
        }
        Map<UUID, OfficeHours> byAccount = new HashMap<>();
        officeHours.ofAccounts(accounts).forEach(h -> byAccount.put(h.accountId(), h));
        Map<UUID, OfficeHoursView> views = new HashMap<>();
        accountsByStaff.forEach((staff, account) -> {
            OfficeHours hours = account == null ? null : byAccount.get(account);
            if (hours != null) {
                views.put(staff, view(staff, hours));
            }
        });
        return views;
    }

    OfficeHoursView view(UUID staffId, OfficeHours stored) {
        WeeklyHours hours = stored.hours();
        Instant now = clock.instant();
        boolean open = hours.openAt(now);
        List<OfficeHoursUpdate.Opening> openings = hours.openings().stream()
                .map(o -> new OfficeHoursUpdate.Opening(o.day().name().toLowerCase(Locale.ROOT), o.start().toString(),
                        o.end().toString()))
                .toList();
        return new OfficeHoursView(staffId, hours.zone().getId(), openings, open,
                open ? null : hours.nextOpeningAfter(now).orElse(null), stored.version());
    }
}
