package org.tandem.messaging.officehours;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A staff member's weekly office hours and time zone, one row per account. */
@Entity
@Table(name = "office_hours")
public class OfficeHours {

    /** The stored form of one opening: {@code {"day": "monday", "start": "08:00", "end": "15:30"}}. */
    record Stored(String day, String start, String end) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;
    @Column(name = "time_zone")
    private String timeZone;
    @JdbcTypeCode(SqlTypes.JSON)
    private String weekly;
    @Version
    private long version;

    protected OfficeHours() {
    }

    OfficeHours(UUID accountId) {
        this.accountId = accountId;
    }

    void replace(WeeklyHours hours) {
        this.timeZone = hours.zone().getId();
        List<Stored> stored = hours.openings().stream()
                .map(o -> new Stored(o.day().name().toLowerCase(Locale.ROOT), o.start().toString(), o.end().toString()))
                .toList();
        try {
            this.weekly = JSON.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public WeeklyHours hours() {
        return hours(accountId, timeZone, weekly);
    }

    /** Office hours from their stored columns ({@code time_zone}, {@code weekly}). */
    static WeeklyHours hours(UUID accountId, String timeZone, String weekly) {
        try {
            List<Stored> stored = JSON.readValue(weekly, new TypeReference<List<Stored>>() { });
            return new WeeklyHours(ZoneId.of(timeZone), stored.stream()
                    .map(s -> new WeeklyHours.Opening(DayOfWeek.valueOf(s.day().toUpperCase(Locale.ROOT)),
                            LocalTime.parse(s.start()), LocalTime.parse(s.end())))
                    .toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable office hours of " + accountId, e);
        }
    }

    public UUID accountId() { return accountId; }
    public long version() { return version; }
}
