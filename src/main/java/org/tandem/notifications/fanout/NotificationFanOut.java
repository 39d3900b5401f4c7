package org.tandem.notifications.fanout;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.notifications.Kind;
import org.tandem.notifications.NotificationCreated;
import org.tandem.notifications.NotificationSettings;
import org.tandem.notifications.channel.NotificationChannel;
import org.tandem.notifications.channel.NotificationChannels;
import org.tandem.notifications.preferences.Choices;
import org.tandem.platform.outbox.DomainEvent;
import org.tandem.platform.outbox.OutboxConsumers;
import org.tandem.platform.persistence.Sql;

/**
 * The notifications consumer of the outbox. Each batch of domain events becomes, in one transaction
 * with the consumer's new position ({@link OutboxConsumers#poll}): one in-app feed entry per person in
 * each event's audience and the ledger row of its first outside channel (queued now, held for quiet
 * hours, or kept for the digest). The feed entry is itself the {@code in_app} delivery: the ledger's
 * views show it as one ({@code LedgerService}), so it is not stored twice. Nothing is sent here: the
 * delivery worker sends, so a slow provider never holds the outbox. With several instances one of
 * them handles each batch, once.
 */
@ApplicationScoped
public class NotificationFanOut {

    public static final String CONSUMER = "notifications";
    private static final Logger LOG = Logger.getLogger(NotificationFanOut.class);

    private static final String INSERT_FEED = """
            INSERT INTO notification (tenant_id, id, recipient_id, event_id, kind, subject_id, title, body, link, data,
                                      urgent, created_at)
            SELECT ?, u.id, u.recipient, ?, ?, ?, u.title, u.body, ?, CAST(? AS jsonb), ?, ?
            FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[])) AS u(id, recipient, title, body)
            ON CONFLICT (tenant_id, event_id, recipient_id) DO NOTHING
            RETURNING id, recipient_id, title""";

    private static final String INSERT_LEDGER = """
            INSERT INTO notification_delivery (tenant_id, id, notification_id, recipient_id, channel, state, next_attempt_at,
                                               provider_answer, created_at, updated_at)
            SELECT ?, gen_random_uuid(), u.notification, u.recipient, u.channel, u.state, CAST(u.at AS timestamptz),
                   u.answer, ?, ?
            FROM unnest(CAST(? AS uuid[]), CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[])) AS u(notification, recipient, channel, state, at, answer)""";

    private final OutboxConsumers outbox;
    private final Audiences audiences;
    private final Subjects subjects;
    private final Choices choices;
    private final Sql sql;
    private final Clock clock;
    private final Event<NotificationCreated> created;
    private final NotificationSettings settings;
    private final NotificationChannels channels;
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    NotificationFanOut(OutboxConsumers outbox, Audiences audiences, Subjects subjects, Choices choices, Sql sql,
                       Clock clock, Event<NotificationCreated> created, NotificationSettings settings,
                       NotificationChannels channels) {
        this.channels = channels;
        this.outbox = outbox;
        this.audiences = audiences;
        this.subjects = subjects;
        this.choices = choices;
        this.sql = sql;
        this.clock = clock;
        this.created = created;
        this.settings = settings;
    }

    @Scheduled(every = "${tandem.notifications.poll-every}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (settings.workersEnabled()) {
            drain();
        }
    }

    /** Handles every event that is readable now, batch after batch; returns how many were handled. */
    public int drain() {
        int handled = 0;
        int batch;
        do {
            try {
                batch = outbox.poll(CONSUMER, settings.fanOutBatch(), events -> events.forEach(this::fanOut));
                failures.set(0);
            } catch (RuntimeException e) {
                LOG.debugf("A fan-out batch failed, handling its events one by one: %s", e);
                batch = oneByOne();
            }
            handled += batch;
        } while (batch > 0);
        return handled;
    }

    /**
     * A batch failed: the events are handled one at a time to find the one that fails. One that keeps
     * failing (three turns in a row) is logged and passed over, so that a single malformed event
     * cannot stop everyone's notifications; a passing outage (the database restarting) only delays them.
     */
    private int oneByOne() {
        try {
            int one = outbox.poll(CONSUMER, 1, events -> events.forEach(this::fanOut));
            failures.set(0);
            return one;
        } catch (RuntimeException e) {
            if (failures.incrementAndGet() < 3) {
                LOG.warnf("Notifications could not handle an outbox event (try %d), trying again: %s", failures.get(), e);
                return 0;
            }
            failures.set(0);
            return outbox.poll(CONSUMER, 1, events -> events.forEach(event -> LOG.errorf(e,
                    "Passed over outbox event %s (%s %s) after three failed tries: nobody is notified of it",
                    event.position(), event.type(), event.subjectId())));
        }
    }

    void fanOut(DomainEvent event) {
        Kind kind = Kind.of(event.type()).orElse(null);
        if (kind == null) {
            return; // an event nobody is notified of (a type notifications do not know yet)
        }
        EventData data = EventData.parse(event.data());
        List<Audiences.Recipient> audience = audiences.of(kind, event.tenantId(), event.subjectId(), event.actorId(), data);
        if (audience.isEmpty()) {
            return;
        }
        Subjects.Subject subject = subjects.of(kind, event.tenantId(), event.subjectId(), event.actorId(), data);
        if (subject == null) {
            return; // the thing is gone (deleted before its event was read): nothing to tell
        }
        Instant now = clock.instant();
        boolean urgent = data.flag("urgent");
        List<UUID> ids = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        Map<String, Renderer.Words> byLanguage = new HashMap<>();
        for (Audiences.Recipient r : audience) {
            Renderer.Words words = byLanguage.computeIfAbsent(r.language(), l -> Renderer.words(kind, l, subject, data));
            ids.add(UUID.randomUUID());
            people.add(r.accountId());
            titles.add(words.title());
            bodies.add(words.body());
        }
        String tenant = event.tenantId().toString();
        String json = toJson(data);
        record Stored(UUID id, UUID recipient, String title) {
        }
        List<Stored> stored = sql.list(INSERT_FEED, rs -> new Stored(Sql.uuid(rs, "id"), Sql.uuid(rs, "recipient_id"),
                        rs.getString("title")), tenant, event.id(), kind.wire(), event.subjectId(), subject.link(), json, urgent,
                now, ids, people, titles.toArray(String[]::new), bodies.toArray(String[]::new));
        queueDeliveries(event.tenantId(), kind, urgent, now, stored.stream().map(Stored::id).toList(),
                stored.stream().map(Stored::recipient).toList());
        for (Stored s : stored) {
            created.fire(new NotificationCreated(event.tenantId(), s.id(), s.recipient(), kind.wire(), s.title(),
                    subject.link(), now));
        }
        LOG.debugf("%s %s: %d notifications", kind.wire(), event.subjectId(), stored.size());
    }

    /**
     * The ledger rows of each notification: the first outside channel the person did not turn off
     * (its in_app delivery is the feed entry just written). A channel the person has no address on (no
     * device, no email address), or that this server cannot use (email without an SMTP server), is
     * written as skipped there and then, and the next one is queued instead, so the worker only ever
     * attempts channels that can reach someone.
     */
    private void queueDeliveries(UUID tenantId, Kind kind, boolean urgent, Instant now, List<UUID> notifications,
                                 List<UUID> recipients) {
        Map<UUID, Choices.Setting> chosen = choices.settings(tenantId, recipients);
        Map<UUID, Set<String>> off = choices.turnedOff(tenantId, kind, recipients);
        Map<String, Set<UUID>> reachable = new HashMap<>();
        List<UUID> ns = new ArrayList<>();
        List<UUID> rs = new ArrayList<>();
        List<String> channelsOf = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<String> times = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            UUID person = recipients.get(i);
            UUID notification = notifications.get(i);
            Set<String> turnedOff = off.getOrDefault(person, Set.of());
            Choices.Setting setting = chosen.getOrDefault(person, Choices.Setting.DEFAULT);
            Choices.Step step = Choices.next(null, turnedOff, setting, urgent, now).orElse(null);
            while (step != null && !reachable.computeIfAbsent(step.channel(), c -> reach(c, tenantId, recipients)).contains(person)) {
                ns.add(notification);
                rs.add(person);
                channelsOf.add(step.channel());
                states.add("skipped");
                times.add(now.toString());
                answers.add(skipped(step.channel()));
                step = Choices.next(step.channel(), turnedOff, setting, urgent, now).orElse(null);
            }
            if (step != null) {
                ns.add(notification);
                rs.add(person);
                channelsOf.add(step.channel());
                states.add(step.state());
                times.add(step.at().toString());
                answers.add(null);
            }
        }
        if (!ns.isEmpty()) {
            sql.update(INSERT_LEDGER, tenantId.toString(), now, now, ns, rs, channelsOf.toArray(String[]::new),
                    states.toArray(String[]::new), times.toArray(String[]::new), answers.toArray(String[]::new));
        }
    }

    /** Who of the recipients the channel can reach; a channel this server does not have or cannot use reaches nobody. */
    private Set<UUID> reach(String channel, UUID tenantId, List<UUID> recipients) {
        NotificationChannel c = channels.named(channel);
        return c == null || c.unavailable() != null ? Set.of() : c.reachable(tenantId, recipients);
    }

    /** The ledger's answer for a channel skipped at once: the server cannot use it, or the person has no address on it. */
    private String skipped(String channel) {
        NotificationChannel c = channels.named(channel);
        String unavailable = c == null ? null : c.unavailable();
        return unavailable != null ? unavailable : NotificationChannels.NO_ADDRESS;
    }

    private static String toJson(EventData data) {
        return data.node().toString();
    }
}
