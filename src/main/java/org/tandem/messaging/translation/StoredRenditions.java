package org.tandem.messaging.translation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.messaging.dto.MessageView;
import org.tandem.messaging.message.RenditionSource;
import org.tandem.platform.persistence.Sql;

/** The renditions translation has stored (machine or human), read for a page of messages in one statement. */
@ApplicationScoped
class StoredRenditions implements RenditionSource {

    private final Sql sql;

    StoredRenditions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<UUID, MessageView.Translation> in(String language, List<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return sql.list("""
                        SELECT message_id, language, body, source FROM message_translation
                        WHERE tenant_id = ? AND message_id = ANY (?) AND language = ?""",
                        rs -> Map.entry(Sql.uuid(rs, "message_id"), new MessageView.Translation(
                                rs.getString("language"), rs.getString("body"), rs.getString("source"))),
                        sql.tenant(), messageIds, language)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
