package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.RetentionCategory;
import org.tandem.privacy.RetentionRule;
import org.tandem.privacy.Statements;

/**
 * Messages past the district's retention period go with their edits, translations, reports, hidden flags
 * and sent schedules. Threads stay (their read positions stay valid: positions are sequence numbers);
 * a thread whose last message went loses its preview.
 */
@ApplicationScoped
class MessageRetention implements RetentionRule {

    private static final String OF_MESSAGES = " WHERE tenant_id = ? AND message_id = ANY (?)";

    private final Sql sql;

    MessageRetention(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RetentionCategory category() {
        return RetentionCategory.MESSAGES;
    }

    @Override
    public String name() {
        return "messaging.messages";
    }

    @Override
    public long count(String tenant, Instant cutoff) {
        return sql.one("SELECT count(*) FROM message WHERE tenant_id = ? AND created_at < ?", rs -> rs.getLong(1), tenant, cutoff).orElse(0L);
    }

    @Override
    public int purge(String tenant, Instant cutoff) {
        List<UUID> messages = Statements.ids(sql, "SELECT id FROM message WHERE tenant_id = ? AND created_at < ?", tenant, cutoff);
        if (messages.isEmpty()) {
            return 0;
        }
        Statements.run(sql, List.of(
                "DELETE FROM message_translation" + OF_MESSAGES,
                "DELETE FROM translation_job" + OF_MESSAGES,
                "DELETE FROM message_edit" + OF_MESSAGES,
                "DELETE FROM message_hidden" + OF_MESSAGES,
                "DELETE FROM message_report" + OF_MESSAGES,
                "DELETE FROM scheduled_message" + OF_MESSAGES), tenant, messages);
        sql.update("UPDATE thread SET last_message_id = NULL, last_snippet = NULL WHERE tenant_id = ? AND last_message_id = ANY (?)",
                tenant, messages);
        return sql.update("DELETE FROM message WHERE tenant_id = ? AND id = ANY (?)", tenant, messages);
    }
}
