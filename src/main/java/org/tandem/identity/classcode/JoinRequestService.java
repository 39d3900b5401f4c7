package org.tandem.identity.classcode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.directory.FamilyLinks;
import org.tandem.directory.SchoolClass;
import org.tandem.identity.Account;
import org.tandem.identity.JoiningSettings;
import org.tandem.identity.Relationships;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.ratelimit.RateLimiter;

/**
 * Joining by class code: a signed-in family member asks to be linked to a named child of the
 * class; the class's staff approve (naming the student) or decline.
 */
@ApplicationScoped
@Transactional
class JoinRequestService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;
    private final FamilyLinks links;
    private final JoinRequestPages pages;
    private final RateLimiter limiter;
    private final RateLimiter.Limit wrongCodes;

    JoinRequestService(EntityManager em, AccessPolicy access, Caller caller, FamilyLinks links, JoinRequestPages pages,
                       RateLimiter limiter, JoiningSettings settings) {
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.links = links;
        this.pages = pages;
        this.limiter = limiter;
        this.wrongCodes = new RateLimiter.Limit(settings.classCodeFailuresPerAccount(), settings.classCodeWindow());
    }

    /**
     * Outside a transaction, because a wrong code must stay counted when the request's own
     * transaction rolls back (the rate limiter's connection would otherwise join it).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    JoinRequestView ask(NewJoinRequest request) {
        String guesses = "class-code:account:" + caller.accountId();
        limiter.requireUnder(guesses, wrongCodes, "Too many wrong class codes; try later");
        UUID classId = QuarkusTransaction.requiringNew().call(() -> activeClassOf(CodeGenerator.normalize(request.code())))
                .orElse(null);
        if (classId == null) {
            limiter.hit(guesses, wrongCodes);
            throw ApiException.notFound("Class code");
        }
        return QuarkusTransaction.requiringNew().call(() -> record(classId, request));
    }

    private JoinRequestView record(UUID classId, NewJoinRequest request) {
        Account account = em.find(Account.class, caller.accountId());
        if (account == null || !account.active()) {
            throw ApiException.forbidden("Only a person's account can ask to join a class");
        }
        String studentName = request.studentName().strip();
        long pending = em.createQuery("""
                        SELECT count(j) FROM JoinRequest j WHERE j.classId = :class AND j.accountId = :account
                          AND lower(j.studentName) = lower(:name) AND j.state = :pending""", Long.class)
                .setParameter("class", classId).setParameter("account", account.id())
                .setParameter("name", studentName).setParameter("pending", JoinRequest.State.PENDING)
                .getSingleResult();
        if (pending > 0) {
            throw alreadyPending();
        }
        JoinRequest joinRequest = new JoinRequest(classId, account.id(), studentName,
                Relationships.parse(request.relationship()));
        try {
            em.persist(joinRequest);
            em.flush();
        } catch (PersistenceException e) {
            throw alreadyPending(); // the same request, sent twice at once (join_request_one_pending)
        }
        return JoinRequestView.of(joinRequest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<JoinRequestView> listForClass(UUID classId, String state, PageRequest page) {
        access.requireClass(classId, true);
        return pages.forClass(classId, JoinRequest.State.valueOf(state.toUpperCase(Locale.ROOT)), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<JoinRequestView> listMine(PageRequest page) {
        return pages.forAccount(caller.accountId(), page);
    }

    JoinRequestView approve(UUID requestId, UUID studentId) {
        JoinRequest request = pendingInScope(requestId);
        long enrolled = em.createQuery("""
                        SELECT count(e) FROM Enrollment e
                        WHERE e.studentId = :student AND e.classId = :class AND e.active = true""", Long.class)
                .setParameter("student", studentId).setParameter("class", request.classId()).getSingleResult();
        if (enrolled == 0) {
            throw ApiException.unprocessable("student_not_in_class", "The student is not enrolled in this class");
        }
        Account requester = em.find(Account.class, request.accountId());
        links.link(requester.asJoiner(), studentId, request.relationship(), false);
        request.approve(studentId, caller.accountId());
        em.flush();
        return JoinRequestView.of(request);
    }

    JoinRequestView decline(UUID requestId) {
        JoinRequest request = pendingInScope(requestId);
        request.decline(caller.accountId());
        em.flush();
        return JoinRequestView.of(request);
    }

    private JoinRequest pendingInScope(UUID requestId) {
        // Locked, so two staff deciding at once are served one after the other: the second sees it decided.
        JoinRequest request = em.find(JoinRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw ApiException.notFound("Join request " + requestId);
        }
        access.requireClass(request.classId(), true);
        if (request.state() != JoinRequest.State.PENDING) {
            throw ApiException.conflict("join_request_decided", "This join request was already " +
                    request.state().name().toLowerCase(Locale.ROOT));
        }
        return request;
    }

    /** The class of an enabled code; a disabled code, or one of an inactive class, does not exist. */
    private java.util.Optional<UUID> activeClassOf(String code) {
        return em.createQuery("SELECT c.classId FROM ClassCode c WHERE c.code = :code AND c.active = true", UUID.class)
                .setParameter("code", code).getResultStream().findFirst()
                .filter(classId -> {
                    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
                    return schoolClass != null && schoolClass.active();
                });
    }

    private static ApiException alreadyPending() {
        return ApiException.conflict("join_request_pending", "You already asked to join this class for this child");
    }
}
