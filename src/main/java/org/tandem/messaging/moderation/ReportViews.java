package org.tandem.messaging.moderation;

import org.tandem.messaging.dto.Reports;
import org.tandem.messaging.message.Message;

/** Reports as the API shows them: with the reported text and the names of the people involved. */
final class ReportViews {

    /** Selects what {@link #of} needs; callers add WHERE and ORDER BY clauses. */
    static final String SELECT = """
            SELECT r, m, reporter.displayName, author.displayName FROM MessageReport r
            JOIN Message m ON m.id = r.messageId
            JOIN Account reporter ON reporter.id = r.reporterId
            JOIN Account author ON author.id = m.authorId""";

    private ReportViews() {
    }

    static Reports.Report of(Object[] row) {
        MessageReport r = (MessageReport) row[0];
        Message m = (Message) row[1];
        Reports.ReportedMessage message = new Reports.ReportedMessage(m.id(), m.threadId(), m.seq(),
                new Reports.Person(m.authorId(), (String) row[3]), m.body(), m.language(), m.deleted(), m.createdAt());
        return new Reports.Report(r.id(), r.reason(), r.note(), r.state(), r.createdAt(),
                new Reports.Person(r.reporterId(), (String) row[2]), message, r.resolvedBy(), r.resolvedAt());
    }
}
