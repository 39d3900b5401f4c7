package org.tandem.notifications.fanout;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of notifications, in English here and in other languages in
 * {@code messages/notify_<language>.properties} (Qute message bundles: a missing translation falls
 * back to English). Parameters are names the recipient may see (they are in its audience) and
 * formatted times.
 */
@MessageBundle(value = "notify", locale = "en")
public interface NotificationMessages {

    @Message("New message from {actor}")
    String message_posted(String actor);

    @Message("Announcement from {actor}")
    String announcement_posted(String actor);

    @Message("Urgent: {title}")
    String urgent(String title);

    @Message("A goal was proposed for {student}")
    String goal_proposed(String student);

    @Message("A goal for {student} was agreed")
    String goal_agreed(String student);

    @Message("A goal for {student} was revised")
    String goal_revised(String student);

    @Message("{student} achieved a goal!")
    String goal_achieved(String student);

    @Message("Progress was recorded on a goal for {student}")
    String goal_checked_in(String student);

    @Message("New event: {title}")
    String event_created(String title);

    @Message("Event changed: {title}")
    String event_changed(String title);

    @Message("Event cancelled: {title}")
    String event_cancelled(String title);

    @Message("What changed: {parts}")
    String event_what_changed(String parts);

    @Message("time")
    String part_time();

    @Message("place")
    String part_place();

    @Message("details")
    String part_details();

    @Message("You are off the waitlist: {title}")
    String rsvp_promoted(String title);

    @Message("Conference booked for {student}")
    String conference_booked(String student);

    @Message("Conference cancelled for {student}")
    String conference_cancelled(String student);

    @Message("Conference moved for {student}")
    String conference_moved(String student);

    @Message("{student} was celebrated")
    String celebration_posted(String student);

    @Message("Your class was celebrated")
    String celebration_posted_class();

    @Message("{actor} sent you an appreciation")
    String appreciation_sent(String actor);

    @Message("Roster import finished")
    String roster_import_succeeded();

    @Message("Roster import failed")
    String roster_import_failed();

    @Message("Open in Tandem")
    String email_open();

    @Message("You receive this email because of your notification settings in Tandem. Change them in the app, under Notifications.")
    String email_footer();

    @Message("Your Tandem digest: {count} notifications")
    String digest_subject(int count);

    @Message("Here is what happened since your last digest.")
    String digest_intro();
}
