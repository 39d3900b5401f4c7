package org.tandem.notifications.digest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.notifications.NotificationSettings;
import org.tandem.notifications.channel.DeliveryOutcome;
import org.tandem.notifications.email.EmailChannel;
import org.tandem.notifications.fanout.Renderer;
import org.tandem.platform.persistence.Sql;

/**
 * Daily and weekly email digests: the ledger rows kept in state {@code digest} are gathered into one
 * mail per person at their chosen local hour. Cluster-safe: the person's settings row is locked with
 * {@code FOR UPDATE SKIP LOCKED} while their rows are claimed (a lease), so one instance sends each
 * digest; a mail server that fails leaves the rows for the next sweep (with backoff).
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    private record Person(UUID tenantId, UUID accountId, ZoneId zone, String digest, int hour, int day, Instant last) {
    }

    private record Entry(UUID id, String title, String body, String link, boolean read) {
    }

    private static final String CANDIDATES = """
            SELECT s.tenant_id, s.account_id, s.time_zone, s.digest, s.digest_hour, s.digest_day, s.last_digest_at
            FROM notification_setting s
            WHERE s.digest <> 'off' AND EXISTS (SELECT 1 FROM notification_delivery d WHERE d.tenant_id = s.tenant_id
                  AND d.recipient_id = s.account_id AND d.state = 'digest' AND d.next_attempt_at <= CAST(? AS timestamptz))""";

    private static final String LOCK = """
            SELECT account_id FROM notification_setting WHERE tenant_id = ? AND account_id = ? AND digest <> 'off'
              AND last_digest_at IS NOT DISTINCT FROM CAST(? AS timestamptz) FOR UPDATE SKIP LOCKED""";

    private static final String CLAIM = """
            UPDATE notification_delivery d SET attempts = d.attempts + 1, next_attempt_at = CAST(? AS timestamptz) + make_interval(secs => ?),
                   updated_at = now()
            FROM notification n
            WHERE d.tenant_id = ? AND d.recipient_id = ? AND d.state = 'digest' AND d.next_attempt_at <= CAST(? AS timestamptz)
              AND n.tenant_id = d.tenant_id AND n.id = d.notification_id
            RETURNING d.id, n.title, n.body, n.link, n.read_at IS NOT NULL AS read""";

    private final Sql sql;
    private final EmailChannel email;
    private final NotificationSettings settings;
    private final Clock clock;

    Digests(Sql sql, EmailChannel email, NotificationSettings settings, Clock clock) {
        this.sql = sql;
        this.email = email;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(every = "${tandem.notifications.digest-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (settings.workersEnabled()) {
            sendDue();
        }
    }

    /** Sends every digest that is due now; returns how many mails were attempted. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (Person p : sql.list(CANDIDATES, rs -> new Person(UUID.fromString(rs.getString("tenant_id")), Sql.uuid(rs, "account_id"),
                zone(rs.getString("time_zone")), rs.getString("digest"), rs.getInt("digest_hour"), rs.getInt("digest_day"),
                Sql.instant(rs, "last_digest_at")), now)) {
            if (DigestSchedule.due(p.digest(), p.hour(), p.day(), p.zone(), p.last(), now) && send(p, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Person p, Instant now) {
        List<Entry> entries = QuarkusTransaction.requiringNew().call(() -> {
            if (sql.one(LOCK, rs -> rs.getObject(1), p.tenantId().toString(), p.accountId(), p.last()).isEmpty()) {
                return List.<Entry>of(); // another instance is sending it, or just sent it
            }
            sql.update("UPDATE notification_setting SET last_digest_at = ? WHERE tenant_id = ? AND account_id = ?", now,
                    p.tenantId().toString(), p.accountId());
            return sql.list(CLAIM, rs -> new Entry(Sql.uuid(rs, "id"), rs.getString("title"), rs.getString("body"),
                    rs.getString("link"), rs.getBoolean("read")), now, (double) settings.lease().toSeconds(),
                    p.tenantId().toString(), p.accountId(), now);
        });
        if (entries.isEmpty()) {
            return false;
        }
        List<Entry> unread = entries.stream().filter(e -> !e.read()).toList();
        List<UUID> readIds = entries.stream().filter(Entry::read).map(Entry::id).toList();
        if (!readIds.isEmpty()) {
            mark(p, readIds, "skipped", null, null, "read in the app before the digest");
        }
        if (unread.isEmpty()) {
            return false;
        }
        String language = sql.one("SELECT preferred_language FROM account WHERE tenant_id = ? AND id = ?",
                rs -> rs.getString(1), p.tenantId().toString(), p.accountId()).orElse("en");
        String address = email.addressOf(p.tenantId(), p.accountId()).orElse(null);
        List<UUID> ids = unread.stream().map(Entry::id).toList();
        if (address == null) {
            mark(p, ids, "skipped", null, null, "no email address");
            return false;
        }
        List<EmailChannel.Item> items = unread.stream().map(e -> new EmailChannel.Item(e.title(), e.body(), email.url(e.link())))
                .toList();
        DeliveryOutcome outcome = email.send(address, Renderer.messages(language).digest_subject(items.size()), language,
                items, "digest:" + p.accountId());
        switch (outcome.status()) {
            case SENT, DELIVERED -> mark(p, ids, "sent", outcome.address(), outcome.providerStatus(),
                    "in the " + p.digest() + " digest: " + outcome.providerAnswer());
            case FAILED -> mark(p, ids, "failed", outcome.address(), outcome.providerStatus(), outcome.providerAnswer());
            default -> {
                LOG.warnf("Digest for %s not sent, retrying later: %s", p.accountId(), outcome.providerAnswer());
                sql.update("UPDATE notification_delivery SET provider_answer = ?, next_attempt_at = CAST(? AS timestamptz) + make_interval(secs => ?)"
                        + " WHERE tenant_id = ? AND id = ANY (?)", outcome.providerAnswer(), now, (double) settings.backoff().toSeconds(),
                        p.tenantId().toString(), ids);
                sql.update("UPDATE notification_setting SET last_digest_at = NULL WHERE tenant_id = ? AND account_id = ?",
                        p.tenantId().toString(), p.accountId());
            }
        }
        return true;
    }

    private void mark(Person p, List<UUID> ids, String state, String address, Integer status, String answer) {
        sql.update("UPDATE notification_delivery SET state = ?, address = ?, provider_status = ?, provider_answer = left(?, 500),"
                + " updated_at = now() WHERE tenant_id = ? AND id = ANY (?)", state, address, status, answer,
                p.tenantId().toString(), ids);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
