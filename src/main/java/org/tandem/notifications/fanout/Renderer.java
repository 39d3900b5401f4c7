package org.tandem.notifications.fanout;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.notifications.Kind;

/** Words a notification in the recipient's language (English when we have no translation). */
public final class Renderer {

    /** A notification's title and body. */
    public record Words(String title, String body) {
    }

    private static final Map<String, NotificationMessages> BUNDLES = new ConcurrentHashMap<>();

    private Renderer() {
    }

    public static NotificationMessages messages(String language) {
        String lang = language == null || language.isBlank() ? "en" : Locale.forLanguageTag(language).getLanguage();
        return BUNDLES.computeIfAbsent(lang, l -> {
            if (l.equals("en")) {
                return MessageBundles.get(NotificationMessages.class);
            }
            try {
                return MessageBundles.get(NotificationMessages.class, Localized.Literal.of(l));
            } catch (RuntimeException noTranslation) {
                return MessageBundles.get(NotificationMessages.class);
            }
        });
    }

    static Words words(Kind kind, String language, Subjects.Subject s, EventData data) {
        NotificationMessages m = messages(language);
        String actor = s.actor() == null ? "Tandem" : s.actor();
        String student = s.student() == null ? "" : s.student();
        String title = s.title() == null ? "" : s.title();
        String when = when(s, language);
        return switch (kind) {
            case MESSAGE_POSTED -> urgent(m, data, m.message_posted(actor), s.snippet());
            case ANNOUNCEMENT_POSTED -> urgent(m, data, m.announcement_posted(actor),
                    s.title() == null ? s.snippet() : s.title() + "\n" + s.snippet());
            case GOAL_PROPOSED -> new Words(m.goal_proposed(student), title);
            case GOAL_AGREED -> new Words(m.goal_agreed(student), title);
            case GOAL_REVISED -> new Words(m.goal_revised(student), title);
            case GOAL_ACHIEVED -> new Words(m.goal_achieved(student), title);
            case GOAL_CHECKED_IN -> new Words(m.goal_checked_in(student), title);
            case EVENT_CREATED -> new Words(m.event_created(title), when);
            case EVENT_CHANGED -> new Words(m.event_changed(title), m.event_what_changed(changedParts(m, data)) + "\n" + when);
            case EVENT_CANCELLED -> new Words(m.event_cancelled(title), when);
            case RSVP_PROMOTED -> new Words(m.rsvp_promoted(title), when);
            case CONFERENCE_BOOKED -> new Words(m.conference_booked(student), title + "\n" + when);
            case CONFERENCE_CANCELLED -> new Words(m.conference_cancelled(student), title + "\n" + when);
            case CONFERENCE_MOVED -> new Words(m.conference_moved(student), title + "\n" + when);
            case CELEBRATION_POSTED -> new Words(s.student() == null ? m.celebration_posted_class()
                    : m.celebration_posted(student), title);
            case APPRECIATION_SENT -> new Words(m.appreciation_sent(actor), "");
            case ROSTER_IMPORT_FINISHED -> new Words("failed".equals(data.text("state")) ? m.roster_import_failed()
                    : m.roster_import_succeeded(), "");
        };
    }

    private static Words urgent(NotificationMessages m, EventData data, String title, String body) {
        return new Words(data.flag("urgent") ? m.urgent(title) : title, body == null ? "" : body);
    }

    private static String changedParts(NotificationMessages m, EventData data) {
        List<String> parts = new ArrayList<>();
        data.node().path("changed").forEach(part -> parts.add(switch (part.asText()) {
            case "time" -> m.part_time();
            case "place" -> m.part_place();
            default -> m.part_details();
        }));
        return String.join(", ", parts);
    }

    /** The time of the thing, in its own time zone and the recipient's language. */
    private static String when(Subjects.Subject s, String language) {
        if (s.at() == null) {
            return "";
        }
        ZoneId zone = s.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(s.timeZone());
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language == null ? "en" : language)).withZone(zone).format(s.at());
    }
}
