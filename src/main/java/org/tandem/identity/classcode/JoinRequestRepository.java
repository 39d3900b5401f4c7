package org.tandem.identity.classcode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Join requests: the pending one per class, account and child, a class's queue and a family's own list. */
@ApplicationScoped
class JoinRequestRepository implements PanacheRepositoryBase<JoinRequest, UUID> {

    boolean pendingExists(UUID classId, UUID accountId, String studentName) {
        return count("classId = ?1 AND accountId = ?2 AND lower(studentName) = lower(?3) AND state = ?4",
                classId, accountId, studentName, JoinRequest.State.PENDING) > 0;
    }

    /** Locked, so two staff deciding at once are served one after the other. */
    Optional<JoinRequest> lockForDecision(UUID requestId) {
        return requestId == null ? Optional.empty()
                : Optional.ofNullable(findById(requestId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A class's requests in a state, oldest first, after a position. */
    List<JoinRequest> queueOfClass(UUID classId, JoinRequest.State state, Instant afterAt, UUID afterId, int limit) {
        return find("""
                        classId = ?1 AND state = ?2 AND (createdAt > ?3 OR (createdAt = ?3 AND id > ?4))
                        ORDER BY createdAt, id""", classId, state, afterAt, afterId)
                .range(0, limit - 1).list();
    }

    /** An account's own requests, newest first, before a position. */
    List<JoinRequest> ofAccount(UUID accountId, Instant beforeAt, UUID beforeId, int limit) {
        return find("""
                        accountId = ?1 AND (createdAt < ?2 OR (createdAt = ?2 AND id < ?3))
                        ORDER BY createdAt DESC, id DESC""", accountId, beforeAt, beforeId)
                .range(0, limit - 1).list();
    }
}
