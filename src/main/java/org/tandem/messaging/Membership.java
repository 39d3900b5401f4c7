package org.tandem.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who belongs in a thread, computed from the directory: guardians through their guardianships
 * (only those who receive communications, never a no-contact guardian), staff through their
 * teaching assignments. {@link #sync} brings a thread's participants in line, so that a change of
 * a guardianship flag takes effect on existing threads.
 */
@ApplicationScoped
class Membership {

    static final String STAFF = "staff";
    static final String GUARDIAN = "guardian";

    private final EntityManager em;

    Membership(EntityManager em) {
        this.em = em;
    }

    /** The computed members of a thread (account id → role); empty for threads of explicit members. */
    Map<UUID, String> computed(MessageThread thread) {
        Map<UUID, String> members = new LinkedHashMap<>();
        switch (thread.kind()) {
            case STUDENT -> {
                put(members, teachersOfStudent(thread.studentId()), STAFF);
                put(members, guardiansOfStudents(List.of(thread.studentId())), GUARDIAN);
            }
            case GROUP -> {
                if (thread.classId() != null) {
                    put(members, teachersOfClass(thread.classId()), STAFF);
                    put(members, guardiansOfStudents(studentsOfClass(thread.classId())), GUARDIAN);
                }
            }
            case ANNOUNCEMENT -> put(members, guardiansOfStudents(audience(thread)), GUARDIAN);
            case DIRECT -> {
            }
        }
        // The author always takes part in what they started.
        members.putIfAbsent(thread.createdBy(), STAFF);
        return members;
    }

    /** Adds missing members, deactivates those who no longer belong, reactivates returning ones. */
    void sync(MessageThread thread) {
        Map<UUID, String> wanted = computed(thread);
        Map<UUID, Participant> current = new HashMap<>();
        em.createQuery("FROM Participant p WHERE p.threadId = :thread", Participant.class)
                .setParameter("thread", thread.id()).getResultStream()
                .forEach(p -> current.put(p.accountId(), p));
        for (Map.Entry<UUID, String> member : wanted.entrySet()) {
            Participant existing = current.get(member.getKey());
            if (existing == null) {
                em.persist(new Participant(thread.id(), member.getKey(), member.getValue(), false,
                        thread.lastSeq(), thread.lastActivityAt()));
            } else if (!existing.active()) {
                em.createQuery("""
                                UPDATE Participant p SET p.active = true, p.unreadCount = 0, p.lastReadSeq = :seq
                                WHERE p.threadId = :thread AND p.accountId = :account""")
                        .setParameter("seq", thread.lastSeq()).setParameter("thread", thread.id())
                        .setParameter("account", member.getKey()).executeUpdate();
            }
        }
        for (Participant participant : current.values()) {
            if (participant.active() && !participant.explicit() && !wanted.containsKey(participant.accountId())) {
                deactivate(thread.id(), participant.accountId());
            }
        }
        if (thread.kind() == ThreadKind.STUDENT || thread.kind() == ThreadKind.DIRECT || thread.kind() == ThreadKind.GROUP) {
            removeBarredGuardians(thread);
        }
    }

    /** Re-syncs every thread whose audience depends on this student's links or enrollments. */
    void resyncForStudent(UUID studentId) {
        List<MessageThread> threads = em.createQuery("""
                        FROM MessageThread t WHERE t.studentId = :student
                           OR t.classId IN (SELECT e.classId FROM Enrollment e WHERE e.studentId = :student)
                           OR (t.kind = :announcement AND t.audienceSchoolId =
                               (SELECT s.schoolId FROM Student s WHERE s.id = :student))""", MessageThread.class)
                .setParameter("student", studentId).setParameter("announcement", ThreadKind.ANNOUNCEMENT)
                .getResultList();
        threads.forEach(this::sync);
    }

    /**
     * A no-contact guardian is never a member of anything about that student, even when added by
     * name; a guardian who may not receive communications leaves computed threads only.
     */
    private void removeBarredGuardians(MessageThread thread) {
        if (thread.studentId() == null) {
            return;
        }
        List<UUID> barred = em.createQuery("""
                        SELECT gd.accountId FROM Guardianship g, Guardian gd
                        WHERE g.studentId = :student AND g.noContact = true AND gd.id = g.guardianId
                          AND gd.accountId IS NOT NULL""", UUID.class)
                .setParameter("student", thread.studentId()).getResultList();
        barred.forEach(account -> deactivate(thread.id(), account));
    }

    private void deactivate(UUID threadId, UUID accountId) {
        em.createQuery("""
                        UPDATE Participant p SET p.active = false, p.unreadCount = 0
                        WHERE p.threadId = :thread AND p.accountId = :account AND p.active = true""")
                .setParameter("thread", threadId).setParameter("account", accountId).executeUpdate();
    }

    private static void put(Map<UUID, String> members, List<UUID> accounts, String role) {
        accounts.forEach(account -> members.putIfAbsent(account, role));
    }

    List<UUID> guardiansOfStudents(List<UUID> studentIds) {
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        SELECT DISTINCT gd.accountId FROM Guardianship g, Guardian gd
                        WHERE g.studentId IN :students AND g.active = true AND g.noContact = false
                          AND g.permissions.receivesCommunications = true
                          AND gd.id = g.guardianId AND gd.active = true AND gd.accountId IS NOT NULL""", UUID.class)
                .setParameter("students", studentIds).getResultList();
    }

    private List<UUID> teachersOfStudent(UUID studentId) {
        return em.createQuery("""
                        SELECT DISTINCT s.accountId FROM Enrollment e, TeachingAssignment t, Staff s, SchoolClass c,
                               AcademicTerm term
                        WHERE e.studentId = :student AND e.active = true AND t.classId = e.classId AND t.active = true
                          AND s.id = t.staffId AND s.active = true AND s.accountId IS NOT NULL
                          AND c.id = e.classId AND c.active = true AND term.id = c.termId
                          AND :today BETWEEN term.startsOn AND term.endsOn""", UUID.class)
                .setParameter("student", studentId).setParameter("today", LocalDate.now()).getResultList();
    }

    private List<UUID> teachersOfClass(UUID classId) {
        return em.createQuery("""
                        SELECT DISTINCT s.accountId FROM TeachingAssignment t, Staff s
                        WHERE t.classId = :class AND t.active = true AND s.id = t.staffId AND s.active = true
                          AND s.accountId IS NOT NULL""", UUID.class)
                .setParameter("class", classId).getResultList();
    }

    private List<UUID> studentsOfClass(UUID classId) {
        return em.createQuery("SELECT e.studentId FROM Enrollment e WHERE e.classId = :class AND e.active = true", UUID.class)
                .setParameter("class", classId).getResultList();
    }

    private List<UUID> audience(MessageThread thread) {
        if (thread.audience() == null) {
            return List.of();
        }
        return switch (thread.audience()) {
            case "class" -> studentsOfClass(thread.classId());
            case "grade" -> em.createQuery("""
                            SELECT s.id FROM Student s WHERE s.schoolId = :school AND s.grade = :grade AND s.active = true""",
                            UUID.class)
                    .setParameter("school", thread.audienceSchoolId()).setParameter("grade", thread.audienceGrade())
                    .getResultList();
            default -> em.createQuery("SELECT s.id FROM Student s WHERE s.schoolId = :school AND s.active = true", UUID.class)
                    .setParameter("school", thread.audienceSchoolId()).getResultList();
        };
    }
}
