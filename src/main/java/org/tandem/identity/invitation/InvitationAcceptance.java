package org.tandem.identity.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.directory.FamilyLinks;
import org.tandem.identity.Account;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.PreSignInLookup;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.platform.tenancy.TenantContext;

/**
 * A guardian accepts an invitation: signed in, the student is linked to their account; not signed
 * in, a new account is created for the invited email. The invitation is claimed with one guarded
 * UPDATE before anything is created, so of many concurrent acceptances exactly one links an account.
 */
@ApplicationScoped
class InvitationAcceptance {

    private final EntityManager em;
    private final Caller caller;
    private final TenantContext tenant;
    private final PreSignInLookup lookup;
    private final PasswordHasher passwords;
    private final FamilyLinks links;

    InvitationAcceptance(EntityManager em, Caller caller, TenantContext tenant, PreSignInLookup lookup,
                         PasswordHasher passwords, FamilyLinks links) {
        this.em = em;
        this.caller = caller;
        this.tenant = tenant;
        this.lookup = lookup;
        this.passwords = passwords;
        this.links = links;
    }

    InvitationAccepted accept(InvitationAcceptanceRequest request) {
        String hash = OpaqueTokens.hash(request.token());
        UUID invitationTenant = lookup.tenantOfInvitation(hash).orElseThrow(InvitationAcceptance::unknown);
        boolean signedIn = caller.isAuthenticated();
        if (signedIn && !tenant.current().equals(Optional.of(invitationTenant))) {
            throw unknown(); // another district's invitation does not exist for this caller
        }
        tenant.use(invitationTenant);
        // bcrypt is slow by design: hash before the transaction holds the invitation's row lock.
        String passwordHash = !signedIn && request.password() != null ? passwords.hash(request.password()) : null;
        return QuarkusTransaction.requiringNew().call(() -> acceptInTenant(hash, request, signedIn, passwordHash));
    }

    private InvitationAccepted acceptInTenant(String hash, InvitationAcceptanceRequest request, boolean signedIn,
                                              String passwordHash) {
        Invitation invitation = em.createQuery("FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", hash).getResultStream().findFirst().orElseThrow(InvitationAcceptance::unknown);
        refuseUnlessPending(invitation);
        Account account = signedIn ? signedInAccount() : newAccount(invitation, request, passwordHash);
        if (!claim(invitation)) {
            em.refresh(invitation);
            refuseUnlessPending(invitation);
            throw gone("invitation_used", "This invitation has already been used");
        }
        if (!signedIn) {
            try {
                em.persist(account);
                em.flush();
            } catch (PersistenceException e) {
                throw accountExists(); // the same email signed up in the meantime
            }
        }
        em.createNativeQuery("UPDATE invitation SET accepted_account_id = :account WHERE id = :id")
                .setParameter("account", account.id()).setParameter("id", invitation.id()).executeUpdate();
        FamilyLinks.Link link = links.link(account.asJoiner(), invitation.studentId(), invitation.relationship(),
                invitation.educationalRights());
        return new InvitationAccepted(account.id(), !signedIn, link.guardianId(), invitation.studentId(),
                link.guardianshipId());
    }

    /** The one statement that decides which acceptance wins; the row lock makes the others wait and then fail. */
    private boolean claim(Invitation invitation) {
        return em.createNativeQuery("""
                        UPDATE invitation SET accepted_at = now(), version = version + 1
                        WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()""")
                .setParameter("id", invitation.id())
                .executeUpdate() == 1;
    }

    private Account signedInAccount() {
        Account account = em.find(Account.class, caller.accountId());
        if (account == null || !account.active()) {
            throw ApiException.forbidden("This account cannot accept invitations");
        }
        return account;
    }

    /** Not yet persisted: it is written only once the invitation is claimed. */
    private Account newAccount(Invitation invitation, InvitationAcceptanceRequest request, String passwordHash) {
        List<Account> existing = em.createQuery("FROM Account a WHERE lower(a.email) = lower(:email)", Account.class)
                .setParameter("email", invitation.email()).getResultList();
        if (!existing.isEmpty()) {
            throw accountExists();
        }
        List<Problem.FieldError> missing = new java.util.ArrayList<>();
        if (request.displayName() == null || request.displayName().isBlank()) {
            missing.add(new Problem.FieldError("displayName", "is required to create an account"));
        }
        if (passwordHash == null) {
            missing.add(new Problem.FieldError("password", "is required to create an account"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.validation(missing);
        }
        return new Account(invitation.email(), request.displayName().strip(), passwordHash);
    }

    private static void refuseUnlessPending(Invitation invitation) {
        switch (invitation.status(Instant.now())) {
            case ACCEPTED -> throw gone("invitation_used", "This invitation has already been used");
            case REVOKED -> throw gone("invitation_revoked", "This invitation was revoked; ask the school for a new one");
            case EXPIRED -> throw gone("invitation_expired", "This invitation has expired; ask the school for a new one");
            case PENDING -> { }
        }
    }

    private static ApiException gone(String code, String detail) {
        return new ApiException(410, code, "The invitation can no longer be used", detail);
    }

    private static ApiException accountExists() {
        return ApiException.conflict("account_exists",
                "An account with the invited email exists: sign in, then accept the invitation again");
    }

    private static ApiException unknown() {
        return ApiException.notFound("Invitation");
    }
}
