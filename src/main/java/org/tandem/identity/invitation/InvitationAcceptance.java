package org.tandem.identity.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.access.Caller;
import org.tandem.directory.FamilyLinks;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
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

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final Clock clock;
    private final Caller caller;
    private final TenantContext tenant;
    private final PreSignInLookup lookup;
    private final PasswordHasher passwords;
    private final FamilyLinks links;

    InvitationAcceptance(InvitationRepository invitations, AccountRepository accounts, Clock clock, Caller caller,
                         TenantContext tenant, PreSignInLookup lookup, PasswordHasher passwords, FamilyLinks links) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.clock = clock;
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
        Invitation invitation = invitations.byTokenHash(hash).orElseThrow(InvitationAcceptance::unknown);
        refuseUnlessPending(invitation);
        Account account = signedIn ? signedInAccount() : newAccount(invitation, request, passwordHash);
        if (!invitations.claim(invitation.id(), clock.instant())) {
            invitations.reload(invitation);
            refuseUnlessPending(invitation);
            throw gone("invitation_used", "This invitation has already been used");
        }
        if (!signedIn) {
            try {
                accounts.persistAndFlush(account);
            } catch (PersistenceException e) {
                throw accountExists(); // the same email signed up in the meantime
            }
        }
        invitations.recordAcceptedBy(invitation.id(), account.id());
        FamilyLinks.Link link = links.link(account.asJoiner(), invitation.studentId(), invitation.relationship(),
                invitation.educationalRights());
        return new InvitationAccepted(account.id(), !signedIn, link.guardianId(), invitation.studentId(),
                link.guardianshipId());
    }

    private Account signedInAccount() {
        return accounts.findActive(caller.accountId())
                .orElseThrow(() -> ApiException.forbidden("This account cannot accept invitations"));
    }

    /** Not yet persisted: it is written only once the invitation is claimed. */
    private Account newAccount(Invitation invitation, InvitationAcceptanceRequest request, String passwordHash) {
        if (accounts.emailTaken(invitation.email())) {
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

    private void refuseUnlessPending(Invitation invitation) {
        switch (invitation.status(clock.instant())) {
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
