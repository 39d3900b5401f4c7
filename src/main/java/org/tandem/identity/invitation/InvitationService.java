package org.tandem.identity.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.directory.DirectoryReads;
import org.tandem.directory.Student;
import org.tandem.identity.JoiningSettings;
import org.tandem.identity.Relationships;
import org.tandem.platform.mail.MailOutbox;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.security.OpaqueTokens;

/** Staff's side of invitations: send, list and revoke them for the students they teach. */
@ApplicationScoped
@Transactional
class InvitationService {

    private record Position(Instant createdAt, UUID id) {
    }

    private final InvitationRepository invitations;
    private final DirectoryReads directory;
    private final Clock clock;
    private final AccessPolicy access;
    private final Caller caller;
    private final InvitationMail mail;
    private final JoiningSettings settings;
    private final CursorCodec cursors;
    private final MailOutbox outbox;

    InvitationService(InvitationRepository invitations, DirectoryReads directory, Clock clock, AccessPolicy access,
                      Caller caller, InvitationMail mail, JoiningSettings settings, CursorCodec cursors,
                      MailOutbox outbox) {
        this.outbox = outbox;
        this.invitations = invitations;
        this.directory = directory;
        this.clock = clock;
        this.access = access;
        this.caller = caller;
        this.mail = mail;
        this.settings = settings;
        this.cursors = cursors;
    }

    InvitationView invite(UUID studentId, NewInvitation request) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        Student student = directory.student(studentId).orElseThrow();
        String token = OpaqueTokens.generate();
        Instant now = clock.instant();
        Invitation invitation = new Invitation(studentId, request.email().strip().toLowerCase(Locale.ROOT),
                Relationships.parse(request.relationship()), Boolean.TRUE.equals(request.educationalRights()),
                caller.accountId(), OpaqueTokens.hash(token), now.plus(settings.invitationLifetime()));
        invitations.persistAndFlush(invitation);
        mail.send(invitation, student, token);
        return InvitationView.of(invitation, now, MailOutbox.Status.PENDING);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<InvitationView> list(UUID studentId, PageRequest page) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        String list = "invitations:" + studentId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        List<Invitation> rows = after == null ? invitations.ofStudent(studentId, null, null, page.fetchSize())
                : invitations.ofStudent(studentId, after.createdAt(), after.id(), page.fetchSize());
        Instant now = clock.instant();
        Map<UUID, MailOutbox.Status> mails = rows.isEmpty() ? Map.of()
                : outbox.statusOf(rows.get(0).tenantId(), rows.stream().map(Invitation::id).toList());
        return Page.of(rows, page, i -> InvitationView.of(i, now, mails.get(i.id())),
                i -> cursors.encode(list, new Position(i.createdAt(), i.id())));
    }

    /** Revoking twice is harmless; an accepted invitation can no longer be revoked (remove the guardianship instead). */
    InvitationView revoke(UUID studentId, UUID invitationId) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        Invitation invitation = invitationId == null ? null : invitations.findById(invitationId);
        if (invitation == null || !invitation.studentId().equals(studentId)) {
            throw ApiException.notFound("Invitation " + invitationId);
        }
        // Guarded like acceptance, so a revocation and an acceptance racing each other cannot both win.
        invitations.revoke(invitationId, clock.instant());
        invitations.reload(invitation);
        if (invitation.acceptedAt() != null) {
            throw ApiException.conflict("invitation_accepted",
                    "This invitation was already accepted; change the guardianship instead");
        }
        return InvitationView.of(invitation, clock.instant(),
                outbox.statusOf(invitation.tenantId(), List.of(invitation.id())).get(invitation.id()));
    }
}
