package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.ExportRows;
import org.tandem.privacy.ExportScope;
import org.tandem.privacy.StudentRecordsExport;

/**
 * Messaging's section of a student's export: the threads about the student with their messages (a
 * message deleted for everyone shows only that it was), each with its earlier versions and translations.
 * An administrator gets every thread about the student; a guardian the student's thread and the threads
 * about the student they take part in (not the other household's private conversations).
 */
@ApplicationScoped
class MessagingExport implements StudentRecordsExport {

    private final Sql sql;

    MessagingExport(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String section() {
        return "messages";
    }

    @Override
    public String description() {
        return "Conversations about the student, with every message, its earlier versions and translations";
    }

    @Override
    public int sectionOrder() {
        return 20;
    }

    @Override
    public Object export(ExportScope scope) {
        String tenant = scope.tenant();
        List<Map<String, Object>> threads = ExportRows.list(sql, """
                SELECT t.id, t.kind, t.subject, t.created_at FROM thread t
                WHERE t.tenant_id = ? AND (t.student_id = ? OR t.student_thread_of = ?)
                  AND (? OR t.kind = 'student' OR EXISTS (SELECT 1 FROM thread_participant p
                       WHERE p.tenant_id = t.tenant_id AND p.thread_id = t.id AND p.account_id = ?))
                ORDER BY t.created_at, t.id""", tenant, scope.studentId(), scope.studentId(), scope.administrator(),
                scope.requesterAccountId());
        List<UUID> threadIds = threads.stream().map(t -> UUID.fromString((String) t.get("id"))).toList();
        List<Map<String, Object>> messages = ExportRows.list(sql, """
                SELECT m.id, m.thread_id, m.seq, coalesce(a.display_name, '') AS author, m.created_at, m.edited_at, m.deleted_at,
                       CASE WHEN m.deleted_at IS NULL THEN m.body END AS body, m.language, m.urgent
                FROM message m LEFT JOIN account a ON a.tenant_id = m.tenant_id AND a.id = m.author_id
                WHERE m.tenant_id = ? AND m.thread_id = ANY (?) ORDER BY m.thread_id, m.seq""", tenant, threadIds);
        List<UUID> messageIds = messages.stream().map(m -> UUID.fromString((String) m.get("id"))).toList();
        Map<Object, List<Map<String, Object>>> edits = ExportRows.list(sql, """
                SELECT message_id, previous_body, edited_at FROM message_edit
                WHERE tenant_id = ? AND message_id = ANY (?) ORDER BY edited_at""", tenant, messageIds).stream()
                .collect(Collectors.groupingBy(e -> e.remove("messageId")));
        Map<Object, List<Map<String, Object>>> translations = ExportRows.list(sql, """
                SELECT message_id, language, body, source, created_at FROM message_translation
                WHERE tenant_id = ? AND message_id = ANY (?) ORDER BY language""", tenant, messageIds).stream()
                .collect(Collectors.groupingBy(t -> t.remove("messageId")));
        Map<Object, List<Map<String, Object>>> byThread = messages.stream().collect(Collectors.groupingBy(m -> m.remove("threadId")));
        for (Map<String, Object> message : messages) {
            message.put("earlierVersions", edits.getOrDefault(message.get("id"), List.of()));
            message.put("translations", translations.getOrDefault(message.get("id"), List.of()));
        }
        for (Map<String, Object> thread : threads) {
            thread.put("messages", byThread.getOrDefault(thread.get("id"), new ArrayList<>()));
        }
        return threads;
    }
}
