package org.tandem.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.ClassPlace;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.GuardianRecord;
import org.tandem.access.StudentCapability;
import org.tandem.access.Teaching;
import org.tandem.messaging.blocks.ContactBlocks;
import org.tandem.messaging.dto.NewThread;
import org.tandem.messaging.message.MessageService;
import org.tandem.messaging.thread.Membership;
import org.tandem.messaging.thread.MessageThread;
import org.tandem.messaging.thread.Participant;
import org.tandem.messaging.thread.ParticipantRepository;
import org.tandem.messaging.thread.ThreadAccess;
import org.tandem.messaging.thread.ThreadKind;
import org.tandem.messaging.thread.ThreadRepository;
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

    private final ThreadRepository threadRows;
    private final ParticipantRepository participants;
    private final Caller caller;
    private final AccessPolicy access;
    private final ThreadAccess threads;
    private final Membership membership;
    private final MessageService messages;
    private final ContactBlocks blocks;
    private final Connections connections;

    ThreadStarter(ThreadRepository threadRows, ParticipantRepository participants, Caller caller, AccessPolicy access,
                  ThreadAccess threads, Membership membership, MessageService messages, ContactBlocks blocks,
                  Connections connections) {
        this.blocks = blocks;
        this.connections = connections;
        this.threadRows = threadRows;
        this.participants = participants;
        this.caller = caller;
        this.access = access;
        this.threads = threads;
        this.membership = membership;
        this.messages = messages;
    }

    /** A started thread, and whether this request created it (false: the student's existing thread). */
    record Started(UUID threadId, boolean created) {
    }

    Started start(NewThread input) {
        ThreadKind kind = kind(input.kind());
        boolean staff = threads.isStaff();
        if (!staff && (kind == ThreadKind.GROUP || kind == ThreadKind.ANNOUNCEMENT)) {
            throw ApiException.forbidden("Only staff start group threads and announcements");
        }
        if (!staff && caller.guardianId().isEmpty()) {
            throw ApiException.forbidden("Only staff and guardians take part in messaging");
        }
        refuseFieldsOfOtherRole(input, staff);
        if (input.message() != null && input.message().sendAt() != null) {
            throw invalid("message.sendAt", "a new thread's first message is sent at once; schedule later messages");
        }
        if (input.message() != null && input.message().isUrgent() && !staff) {
            throw ApiException.forbidden("Only staff can mark a message urgent");
        }
        if (kind == ThreadKind.STUDENT) {
            UUID student = required(input.studentId(), "studentId");
            access.requireStudent(student, staff ? StudentCapability.VIEW : StudentCapability.MESSAGE_STAFF);
            MessageThread existing = threadRows.studentThreadLocked(student).orElse(null);
            if (existing != null) {
                return new Started(continueStudentThread(existing, input, staff), false);
            }
        }
        MessageThread thread = switch (kind) {
            case STUDENT -> studentThread(input);
            case DIRECT -> directThread(input, staff);
            case GROUP -> groupThread(input);
            case ANNOUNCEMENT -> announcement(input);
        };
        blocks.refuseIfBlocked(thread);
        membership.sync(thread);
        if (input.message() != null) {
            messages.postAs(thread, caller.accountId(), input.message());
        }
        return new Started(thread.id(), true);
    }

    /**
     * A student has one student thread: starting it again returns it, with the caller made a member
     * when they were not (a guardian who may message staff but does not receive communications),
     * and the first message, if any, posted to it. Its subject stays what it was.
     */
    private UUID continueStudentThread(MessageThread thread, NewThread input, boolean staff) {
        membership.sync(thread);
        membership.join(thread, caller.accountId(), staff ? Membership.STAFF : Membership.GUARDIAN);
        if (input.message() != null) {
            messages.postAs(thread, caller.accountId(), input.message());
        }
        return thread.id();
    }

    private MessageThread studentThread(NewThread input) {
        return persist(new MessageThread(ThreadKind.STUDENT, input.subject(), input.studentId(), null,
                caller.accountId()));
    }

    private MessageThread directThread(NewThread input, boolean staff) {
        if (input.studentId() != null) {
            access.requireStudent(input.studentId(), staff ? StudentCapability.VIEW : StudentCapability.MESSAGE_STAFF);
        }
        MessageThread thread = persist(new MessageThread(ThreadKind.DIRECT, input.subject(), input.studentId(), null,
                caller.accountId()));
        addExplicit(thread, caller.accountId(), staff ? Membership.STAFF : Membership.GUARDIAN);
        if (staff) {
            reachableGuardians(nonEmpty(input.guardianIds(), "guardianIds"))
                    .forEach(account -> addExplicit(thread, account, Membership.GUARDIAN));
        } else {
            reachableStaff(nonEmpty(input.staffIds(), "staffIds"), input.studentId())
                    .forEach(account -> addExplicit(thread, account, Membership.STAFF));
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
        reachableGuardians(guardians).forEach(account -> addExplicit(thread, account, Membership.GUARDIAN));
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
                ClassPlace schoolClass = access.requireClass(required(audience.classId(), "audience.classId"), true);
                thread = new MessageThread(ThreadKind.ANNOUNCEMENT, input.subject(), null, schoolClass.classId(), caller.accountId());
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

    /**
     * The accounts of these guardians, each linked (currently) to a student the caller may see: a
     * guardian outside that circle does not exist (404), one who has not joined cannot be added (422).
     */
    private List<UUID> reachableGuardians(List<UUID> guardianIds) {
        Map<UUID, GuardianRecord> records = new HashMap<>();
        connections.guardianRecords(guardianIds).forEach(r -> records.put(r.guardianId(), r));
        List<GuardianLink> links = connections.linksOfGuardians(guardianIds);
        Set<UUID> visible = access.permitted(links.stream().map(GuardianLink::studentId).distinct().toList(),
                StudentCapability.VIEW);
        List<UUID> accounts = new ArrayList<>();
        for (UUID id : guardianIds) {
            GuardianRecord guardian = records.get(id);
            boolean reachable = guardian != null && guardian.active() && links.stream()
                    .anyMatch(link -> link.guardianId().equals(id) && visible.contains(link.studentId()));
            if (!reachable) {
                throw ApiException.notFound("Guardian " + id);
            }
            if (guardian.accountId() == null) {
                throw ApiException.unprocessable("guardian_without_account",
                        "This guardian has not joined yet; invite them first");
            }
            accounts.add(guardian.accountId());
        }
        return accounts;
    }

    /**
     * The accounts of these staff members, each teaching now one of the caller's children (or the
     * named one) whom the caller's link allows messaging staff about.
     */
    private List<UUID> reachableStaff(List<UUID> staffIds, UUID studentId) {
        Collection<UUID> children = studentId != null ? List.of(studentId) : access.visibleStudents();
        List<Teaching> teaching = connections.teachersOf(children).stream()
                .filter(t -> staffIds.contains(t.staffId())).toList();
        Set<UUID> permitted = access.permitted(teaching.stream().map(Teaching::studentId).distinct().toList(),
                StudentCapability.MESSAGE_STAFF);
        List<UUID> accounts = new ArrayList<>();
        for (UUID id : staffIds) {
            List<Teaching> ofThem = teaching.stream().filter(t -> t.staffId().equals(id) && t.accountId() != null).toList();
            if (ofThem.isEmpty()) {
                throw ApiException.notFound("Staff " + id);
            }
            if (ofThem.stream().noneMatch(t -> permitted.contains(t.studentId()))) {
                throw ApiException.forbidden("Your link to your child does not include messaging staff");
            }
            accounts.add(ofThem.get(0).accountId());
        }
        return accounts;
    }

    private void addExplicit(MessageThread thread, UUID account, String role) {
        if (participants.member(thread.id(), account) == null) {
            participants.persist(new Participant(thread.id(), account, role, true, 0, thread.lastActivityAt()));
            participants.flush();
        }
    }

    private MessageThread persist(MessageThread thread) {
        threadRows.persist(thread);
        threadRows.flush();
        return thread;
    }

    /** Staff name guardians, guardians name staff: a field the caller's side may not use is refused, not ignored. */
    private static void refuseFieldsOfOtherRole(NewThread input, boolean staff) {
        if (staff && input.staffIds() != null) {
            throw invalid("staffIds", "is for guardians; staff start threads with guardians (guardianIds)");
        }
        if (!staff && input.guardianIds() != null) {
            throw invalid("guardianIds", "is for staff; guardians start threads with staff (staffIds)");
        }
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
