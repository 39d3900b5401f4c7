package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.directory.Guardian;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.messaging.dto.NewThread;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/**
 * Starts threads. Staff may start any kind for the students and classes they serve; a guardian may
 * start a direct or student thread with the staff of their child's classes when their link allows
 * messaging staff.
 */
@ApplicationScoped
@Transactional
class ThreadStarter {

    private final EntityManager em;
    private final Caller caller;
    private final AccessPolicy access;
    private final ThreadAccess threads;
    private final Membership membership;
    private final MessageService messages;
    private final ContactBlocks blocks;

    ThreadStarter(EntityManager em, Caller caller, AccessPolicy access, ThreadAccess threads, Membership membership,
                  MessageService messages, ContactBlocks blocks) {
        this.blocks = blocks;
        this.em = em;
        this.caller = caller;
        this.access = access;
        this.threads = threads;
        this.membership = membership;
        this.messages = messages;
    }

    UUID start(NewThread input) {
        ThreadKind kind = kind(input.kind());
        boolean staff = threads.isStaff();
        if (!staff && (kind == ThreadKind.GROUP || kind == ThreadKind.ANNOUNCEMENT)) {
            throw ApiException.forbidden("Only staff start group threads and announcements");
        }
        if (!staff && caller.guardianId().isEmpty()) {
            throw ApiException.forbidden("Only staff and guardians take part in messaging");
        }
        if (input.message() != null && input.message().sendAt() != null) {
            throw invalid("message.sendAt", "a new thread's first message is sent at once; schedule later messages");
        }
        if (input.message() != null && input.message().isUrgent() && !staff) {
            throw ApiException.forbidden("Only staff can mark a message urgent");
        }
        MessageThread thread = switch (kind) {
            case STUDENT -> studentThread(input, staff);
            case DIRECT -> directThread(input, staff);
            case GROUP -> groupThread(input);
            case ANNOUNCEMENT -> announcement(input);
        };
        blocks.refuseIfBlocked(thread);
        membership.sync(thread);
        if (input.message() != null) {
            messages.postAs(thread, caller.accountId(), input.message());
        }
        return thread.id();
    }

    private MessageThread studentThread(NewThread input, boolean staff) {
        UUID student = required(input.studentId(), "studentId");
        access.requireStudent(student, staff ? StudentCapability.VIEW : StudentCapability.MESSAGE_STAFF);
        return persist(new MessageThread(ThreadKind.STUDENT, input.subject(), student, null, caller.accountId()));
    }

    private MessageThread directThread(NewThread input, boolean staff) {
        if (input.studentId() != null) {
            access.requireStudent(input.studentId(), staff ? StudentCapability.VIEW : StudentCapability.MESSAGE_STAFF);
        }
        MessageThread thread = persist(new MessageThread(ThreadKind.DIRECT, input.subject(), input.studentId(), null,
                caller.accountId()));
        addExplicit(thread, caller.accountId(), staff ? Membership.STAFF : Membership.GUARDIAN);
        if (staff) {
            List<UUID> guardians = nonEmpty(input.guardianIds(), "guardianIds");
            guardians.forEach(id -> addExplicit(thread, reachableGuardian(id), Membership.GUARDIAN));
        } else {
            List<UUID> staffIds = nonEmpty(input.staffIds(), "staffIds");
            staffIds.forEach(id -> addExplicit(thread, reachableStaff(id, input.studentId()), Membership.STAFF));
        }
        return thread;
    }

    private MessageThread groupThread(NewThread input) {
        if (input.classId() != null) {
            access.requireClass(input.classId(), true);
            return persist(new MessageThread(ThreadKind.GROUP, input.subject(), null, input.classId(), caller.accountId()));
        }
        List<UUID> guardians = nonEmpty(input.guardianIds(), "guardianIds");
        MessageThread thread = persist(new MessageThread(ThreadKind.GROUP, input.subject(), null, null, caller.accountId()));
        addExplicit(thread, caller.accountId(), Membership.STAFF);
        guardians.forEach(id -> addExplicit(thread, reachableGuardian(id), Membership.GUARDIAN));
        return thread;
    }

    private MessageThread announcement(NewThread input) {
        if (input.message() == null) {
            throw invalid("message", "an announcement needs its message");
        }
        NewThread.Audience audience = input.audience();
        if (audience == null) {
            throw invalid("audience", "must name the class, grade or school");
        }
        MessageThread thread;
        switch (audience.type()) {
            case "class" -> {
                SchoolClass schoolClass = access.requireClass(required(audience.classId(), "audience.classId"), true);
                thread = new MessageThread(ThreadKind.ANNOUNCEMENT, input.subject(), null, schoolClass.id(), caller.accountId());
                thread.announceTo("class", schoolClass.schoolId(), null);
            }
            case "grade" -> {
                access.requireSchoolAdministration(required(audience.schoolId(), "audience.schoolId"));
                thread = new MessageThread(ThreadKind.ANNOUNCEMENT, input.subject(), null, null, caller.accountId());
                thread.announceTo("grade", audience.schoolId(), required(audience.grade(), "audience.grade"));
            }
            default -> {
                access.requireSchoolAdministration(required(audience.schoolId(), "audience.schoolId"));
                thread = new MessageThread(ThreadKind.ANNOUNCEMENT, input.subject(), null, null, caller.accountId());
                thread.announceTo("school", audience.schoolId(), null);
            }
        }
        return persist(thread);
    }

    /** A guardian of a student the caller may see, never through a no-contact link; their account. */
    private UUID reachableGuardian(UUID guardianId) {
        Guardian guardian = em.find(Guardian.class, guardianId);
        if (guardian == null || !guardian.active()) {
            throw ApiException.notFound("Guardian " + guardianId);
        }
        List<UUID> students = em.createQuery("""
                        SELECT g.studentId FROM Guardianship g WHERE g.guardianId = :guardian AND g.active = true
                          AND g.noContact = false""", UUID.class)
                .setParameter("guardian", guardianId).getResultList();
        if (students.stream().noneMatch(s -> access.may(s, StudentCapability.VIEW))) {
            throw ApiException.notFound("Guardian " + guardianId);
        }
        if (guardian.accountId() == null) {
            throw ApiException.unprocessable("guardian_without_account",
                    "This guardian has not joined yet; invite them first");
        }
        return guardian.accountId();
    }

    /** A staff member who teaches one of the caller's children (or the named one) that the caller may message about. */
    private UUID reachableStaff(UUID staffId, UUID studentId) {
        Staff staff = em.find(Staff.class, staffId);
        if (staff == null || !staff.active() || staff.accountId() == null) {
            throw ApiException.notFound("Staff " + staffId);
        }
        List<UUID> children = studentId != null ? List.of(studentId) : access.visibleStudentIds();
        List<UUID> taught = children.isEmpty() ? List.of() : em.createQuery("""
                        SELECT e.studentId FROM Enrollment e, TeachingAssignment t
                        WHERE e.studentId IN :children AND e.active = true AND t.classId = e.classId
                          AND t.staffId = :staff AND t.active = true""", UUID.class)
                .setParameter("children", children).setParameter("staff", staffId).getResultList();
        if (taught.isEmpty()) {
            throw ApiException.notFound("Staff " + staffId);
        }
        if (taught.stream().noneMatch(s -> access.may(s, StudentCapability.MESSAGE_STAFF))) {
            throw ApiException.forbidden("Your link to your child does not include messaging staff");
        }
        return staff.accountId();
    }

    private void addExplicit(MessageThread thread, UUID account, String role) {
        if (em.find(Participant.class, new Participant.Key(thread.id(), account)) == null) {
            em.persist(new Participant(thread.id(), account, role, true, 0, thread.lastActivityAt()));
            em.flush();
        }
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private static ThreadKind kind(String value) {
        try {
            return ThreadKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("kind", "must be one of direct, student, group, announcement");
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw invalid(field, "is required for this kind of thread");
        }
        return value;
    }

    private static List<UUID> nonEmpty(List<UUID> values, String field) {
        if (values == null || values.isEmpty()) {
            throw invalid(field, "must name at least one person");
        }
        return values;
    }

    private static ApiException invalid(String field, String message) {
        return ApiException.validation(List.of(new Problem.FieldError(field, message)));
    }
}
