package org.tandem.identity.classcode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.directory.FamilyLinks;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
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

    private final JoinRequestRepository requests;
    private final ClassCodeRepository codes;
    private final AccountRepository accounts;
    private final Connections connections;
    private final AccessPolicy access;
    private final Caller caller;
    private final FamilyLinks links;
    private final JoinRequestPages pages;
    private final RateLimiter limiter;
    private final RateLimiter.Limit wrongCodes;

    JoinRequestService(JoinRequestRepository requests, ClassCodeRepository codes, AccountRepository accounts,
                       Connections connections, AccessPolicy access, Caller caller, FamilyLinks links,
                       JoinRequestPages pages, RateLimiter limiter, JoiningSettings settings) {
        this.requests = requests;
        this.codes = codes;
        this.accounts = accounts;
        this.connections = connections;
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
        Account account = accounts.findActive(caller.accountId())
                .orElseThrow(() -> ApiException.forbidden("Only a person's account can ask to join a class"));
        String studentName = request.studentName().strip();
        if (requests.pendingExists(classId, account.id(), studentName)) {
            throw alreadyPending();
        }
        JoinRequest joinRequest = new JoinRequest(classId, account.id(), studentName,
                Relationships.parse(request.relationship()));
        try {
            requests.persistAndFlush(joinRequest);
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
        if (!connections.studentsOfClass(request.classId()).contains(studentId)) {
            throw ApiException.unprocessable("student_not_in_class", "The student is not enrolled in this class");
        }
        Account requester = accounts.findById(request.accountId());
        links.link(requester.asJoiner(), studentId, request.relationship(), false);
        request.approve(studentId, caller.accountId());
        requests.flush();
        return JoinRequestView.of(request);
    }

    JoinRequestView decline(UUID requestId) {
        JoinRequest request = pendingInScope(requestId);
        request.decline(caller.accountId());
        requests.flush();
        return JoinRequestView.of(request);
    }

    private JoinRequest pendingInScope(UUID requestId) {
        // Locked, so two staff deciding at once are served one after the other: the second sees it decided.
        JoinRequest request = requests.lockForDecision(requestId)
                .orElseThrow(() -> ApiException.notFound("Join request " + requestId));
        access.requireClass(request.classId(), true);
        if (request.state() != JoinRequest.State.PENDING) {
            throw ApiException.conflict("join_request_decided", "This join request was already " +
                    request.state().name().toLowerCase(Locale.ROOT));
        }
        return request;
    }

    /** The class of an enabled code; a disabled code, or one of an inactive class, does not exist. */
    private java.util.Optional<UUID> activeClassOf(String code) {
        return codes.classOfEnabled(code).filter(connections::isActiveClass);
    }

    private static ApiException alreadyPending() {
        return ApiException.conflict("join_request_pending", "You already asked to join this class for this child");
    }
}
