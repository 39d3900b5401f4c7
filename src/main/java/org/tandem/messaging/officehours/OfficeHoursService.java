package org.tandem.messaging.officehours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.messaging.dto.OfficeHoursUpdate;
import org.tandem.messaging.dto.OfficeHoursView;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * Staff set their own weekly office hours; who may read them is {@link OfficeHoursAccess}'s to say.
 */
@ApplicationScoped
@Transactional
class OfficeHoursService {

    private final OfficeHoursRepository officeHours;
    private final Caller caller;
    private final OfficeHoursAccess policy;
    private final OfficeHoursViews views;

    OfficeHoursService(OfficeHoursRepository officeHours, Caller caller, OfficeHoursAccess policy, OfficeHoursViews views) {
        this.officeHours = officeHours;
        this.caller = caller;
        this.policy = policy;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    OfficeHoursView mine() {
        requireStaff();
        return view(null, find(caller.accountId()));
    }

    OfficeHoursView replaceMine(OfficeHoursUpdate update, String ifMatch) {
        requireStaff();
        WeeklyHours hours = parse(update);
        OfficeHours current = officeHours.findById(caller.accountId());
        if (current == null) {
            current = new OfficeHours(caller.accountId());
            current.replace(hours);
            officeHours.persist(current);
        } else {
            EntityTags.checkIfPresent(ifMatch, current.version());
            current.replace(hours);
        }
        officeHours.flush();
        return view(null, current);
    }

    void clearMine() {
        requireStaff();
        OfficeHours current = officeHours.findById(caller.accountId());
        if (current != null) {
            officeHours.delete(current);
        }
    }

    /** A staff member's hours, for the families of their students and for colleagues at their school. */
    @Transactional(Transactional.TxType.SUPPORTS)
    OfficeHoursView ofStaff(UUID staffId) {
        UUID account = policy.requireReadable(staffId);
        return view(staffId, find(account));
    }

    private OfficeHours find(UUID accountId) {
        OfficeHours hours = officeHours.findById(accountId);
        if (hours == null) {
            throw ApiException.notFound("Office hours");
        }
        return hours;
    }

    private void requireStaff() {
        policy.requireStaffRecord();
    }

    private static WeeklyHours parse(OfficeHoursUpdate update) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ZoneId zone = null;
        if (!ZoneId.getAvailableZoneIds().contains(update.timeZone())) {
            errors.add(new Problem.FieldError("timeZone", "must be an IANA time zone such as America/Chicago"));
        } else {
            zone = ZoneId.of(update.timeZone());
        }
        List<WeeklyHours.Opening> openings = new ArrayList<>();
        for (int i = 0; i < update.hours().size(); i++) {
            OfficeHoursUpdate.Opening o = update.hours().get(i);
            WeeklyHours.Opening opening = new WeeklyHours.Opening(DayOfWeek.valueOf(o.day().toUpperCase(Locale.ROOT)),
                    LocalTime.parse(o.start()), LocalTime.parse(o.end()));
            if (!opening.start().isBefore(opening.end())) {
                errors.add(new Problem.FieldError("hours[" + i + "].end", "must be after start"));
            } else if (openings.stream().anyMatch(other -> other.day() == opening.day()
                    && other.start().isBefore(opening.end()) && opening.start().isBefore(other.end()))) {
                errors.add(new Problem.FieldError("hours[" + i + "]", "overlaps another opening that day"));
            }
            openings.add(opening);
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        openings.sort(Comparator.comparing(WeeklyHours.Opening::day).thenComparing(WeeklyHours.Opening::start));
        return new WeeklyHours(zone, openings);
    }

    private OfficeHoursView view(UUID staffId, OfficeHours stored) {
        return views.view(staffId, stored);
    }
}
