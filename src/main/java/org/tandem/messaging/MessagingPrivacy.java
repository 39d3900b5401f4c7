package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.platform.persistence.Sql;
import org.tandem.privacy.AccountErasure;
import org.tandem.privacy.ErasedAccount;
import org.tandem.privacy.ErasedStudent;
import org.tandem.privacy.StudentErasure;
import org.tandem.privacy.Statements;

/**
 * Messaging's part of a deletion. A student's threads (the student thread and every thread about the
 * student) go whole, with their messages, edits, translations, search entries (the tsvector lives in
 * the message row), reports, hidden flags and scheduled sends. A guardian's account leaves every
 * thread (its membership kept inactive so its old messages still read as a guardian's), and loses its blocks, office hours, reports and unsent scheduled messages; the messages it wrote in
 * other people's threads stay, authored by the nameless tombstone account ("a former member").
 */
@ApplicationScoped
class MessagingPrivacy implements StudentErasure, AccountErasure {

    private static final String OF_MESSAGES = " WHERE tenant_id = ? AND message_id = ANY (?)";
    private static final String OF_THREADS = " WHERE tenant_id = ? AND thread_id = ANY (?)";

    private final Sql sql;

    MessagingPrivacy(Sql sql) {
        this.sql = sql;
    }

    @Override
    public String feature() {
        return "messaging";
    }

    @Override
    public void erase(ErasedStudent student) {
        String tenant = student.tenant();
        List<UUID> threads = Statements.ids(sql, "SELECT id FROM thread WHERE tenant_id = ? AND (student_id = ? OR student_thread_of = ?)"
                + " UNION SELECT thread_id FROM announcement_reply WHERE tenant_id = ? AND announcement_id IN"
                + " (SELECT id FROM thread WHERE tenant_id = ? AND (student_id = ? OR student_thread_of = ?))",
                tenant, student.studentId(), student.studentId(), tenant, tenant, student.studentId(), student.studentId());
        if (threads.isEmpty()) {
            return;
        }
        List<UUID> messages = Statements.ids(sql, "SELECT id FROM message" + OF_THREADS, tenant, threads);
        int rows = Statements.run(sql, List.of(
                "DELETE FROM message_translation" + OF_MESSAGES,
                "DELETE FROM translation_job" + OF_MESSAGES,
                "DELETE FROM message_edit" + OF_MESSAGES,
                "DELETE FROM message_hidden" + OF_MESSAGES,
                "DELETE FROM message_report" + OF_MESSAGES), tenant, messages);
        sql.update("UPDATE thread SET last_message_id = NULL WHERE tenant_id = ? AND id = ANY (?)", tenant, threads);
        rows += Statements.run(sql, List.of(
                "DELETE FROM scheduled_message" + OF_THREADS,
                "DELETE FROM message" + OF_THREADS,
                "DELETE FROM thread_participant" + OF_THREADS), tenant, threads);
        rows += sql.update("DELETE FROM announcement_reply WHERE tenant_id = ? AND (thread_id = ANY (?) OR announcement_id = ANY (?))",
                tenant, threads, threads);
        rows += sql.update("DELETE FROM thread WHERE tenant_id = ? AND id = ANY (?)", tenant, threads);
        student.forgotten(threads);
        student.forgotten(messages);
        student.removed(feature(), rows);
    }

    @Override
    public void erase(ErasedAccount account) {
        String tenant = account.tenant();
        UUID id = account.accountId();
        int rows = Statements.run(sql, List.of(
                // Kept inactive, not removed: the row says the author wrote as a guardian ("a former member").
                "UPDATE thread_participant SET active = false, unread_count = 0 WHERE tenant_id = ? AND account_id = ? AND active",
                "DELETE FROM message_hidden WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM office_hours WHERE tenant_id = ? AND account_id = ?",
                "DELETE FROM message_report WHERE tenant_id = ? AND reporter_id = ?",
                "DELETE FROM scheduled_message WHERE tenant_id = ? AND author_id = ? AND state <> 'sent'",
                "UPDATE message_translation SET translated_by = NULL WHERE tenant_id = ? AND translated_by = ?"), tenant, id);
        rows += sql.update("DELETE FROM contact_block WHERE tenant_id = ? AND (blocker_id = ? OR blocked_id = ?)", tenant, id, id);
        account.removed(feature(), rows);
    }
}
