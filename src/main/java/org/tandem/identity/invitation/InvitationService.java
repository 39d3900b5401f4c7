package org.tandem.identity.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.directory.Student;
import org.tandem.identity.JoiningSettings;
import org.tandem.platform.mail.MailOutbox;
import org.tandem.platform.security.OpaqueTokens;
import org.tandem.identity.Relationships;
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

    private final EntityManager em;
    private final AccessPolicy access;
    private final Caller caller;
    private final InvitationMail mail;
    private final JoiningSettings settings;
    private final CursorCodec cursors;
    private final MailOutbox outbox;

    InvitationService(EntityManager em, AccessPolicy access, Caller caller, InvitationMail mail,
                      JoiningSettings settings, CursorCodec cursors, MailOutbox outbox) {
        this.outbox = outbox;
        this.em = em;
        this.access = access;
        this.caller = caller;
        this.mail = mail;
        this.settings = settings;
        this.cursors = cursors;
    }

    InvitationView invite(UUID studentId, NewInvitation request) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        Student student = em.find(Student.class, studentId);
        String token = OpaqueTokens.generate();
        Instant now = Instant.now();
        Invitation invitation = new Invitation(studentId, request.email().strip().toLowerCase(Locale.ROOT),
                Relationships.parse(request.relationship()), Boolean.TRUE.equals(request.educationalRights()),
                caller.accountId(), OpaqueTokens.hash(token), now.plus(settings.invitationLifetime()));
        em.persist(invitation);
        em.flush();
        mail.send(invitation, student, token);
        return InvitationView.of(invitation, now, MailOutbox.Status.PENDING);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<InvitationView> list(UUID studentId, PageRequest page) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        String list = "invitations:" + studentId;
        Position after = cursors.decode(list, page.cursor(), Position.class);
        TypedQuery<Invitation> query = after == null
                ? em.createQuery("""
                        FROM Invitation i WHERE i.studentId = :student
                        ORDER BY i.createdAt DESC, i.id DESC""", Invitation.class)
                : em.createQuery("""
                        FROM Invitation i WHERE i.studentId = :student
                          AND (i.createdAt < :at OR (i.createdAt = :at AND i.id < :id))
                        ORDER BY i.createdAt DESC, i.id DESC""", Invitation.class)
                        .setParameter("at", after.createdAt()).setParameter("id", after.id());
        List<Invitation> rows = query.setParameter("student", studentId).setMaxResults(page.fetchSize()).getResultList();
        Instant now = Instant.now();
        Map<UUID, MailOutbox.Status> mails = rows.isEmpty() ? Map.of()
                : outbox.statusOf(rows.get(0).tenantId(), rows.stream().map(Invitation::id).toList());
        return Page.of(rows, page, i -> InvitationView.of(i, now, mails.get(i.id())),
                i -> cursors.encode(list, new Position(i.createdAt(), i.id())));
    }

    /** Revoking twice is harmless; an accepted invitation can no longer be revoked (remove the guardianship instead). */
    InvitationView revoke(UUID studentId, UUID invitationId) {
        access.requireStudent(studentId, StudentCapability.INVITE_FAMILIES);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.studentId().equals(studentId)) {
            throw ApiException.notFound("Invitation " + invitationId);
        }
        // Guarded like acceptance, so a revocation and an acceptance racing each other cannot both win.
        em.createNativeQuery("""
                        UPDATE invitation SET revoked_at = now(), version = version + 1
                        WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL""")
                .setParameter("id", invitationId).executeUpdate();
        em.refresh(invitation);
        if (invitation.acceptedAt() != null) {
            throw ApiException.conflict("invitation_accepted",
                    "This invitation was already accepted; change the guardianship instead");
        }
        return InvitationView.of(invitation, Instant.now(),
                outbox.statusOf(invitation.tenantId(), List.of(invitation.id())).get(invitation.id()));
    }
}
