package org.tandem.messaging.thread;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.StudentCapability;
import org.tandem.access.StudentPlace;
import org.tandem.access.Teaching;

/**
 * Who belongs in a thread, computed from the directory: guardians through their guardianships
 * (only those who receive communications, never a no-contact guardian), staff through their
 * teaching assignments. {@link #sync} brings a thread's participants in line, so that a change of
 * a guardianship flag takes effect on existing threads.
 */
@ApplicationScoped
public class Membership {

    public static final String STAFF = "staff";
    public static final String GUARDIAN = "guardian";

    private final ThreadRepository threads;
    private final ParticipantRepository participants;
    private final Connections connections;

    Membership(ThreadRepository threads, ParticipantRepository participants, Connections connections) {
        this.threads = threads;
        this.participants = participants;
        this.connections = connections;
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
                    put(members, connections.staffAccountsOfClass(thread.classId()), STAFF);
                    put(members, guardiansOfStudents(connections.studentsOfClass(thread.classId())), GUARDIAN);
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
    public void sync(MessageThread thread) {
        Map<UUID, String> wanted = computed(thread);
        Map<UUID, Participant> current = new HashMap<>();
        participants.ofThread(thread.id()).forEach(p -> current.put(p.accountId(), p));
        for (Map.Entry<UUID, String> member : wanted.entrySet()) {
            Participant existing = current.get(member.getKey());
            if (existing == null) {
                participants.persist(new Participant(thread.id(), member.getKey(), member.getValue(), false,
                        thread.lastSeq(), thread.lastActivityAt()));
            } else if (!existing.active()) {
                participants.reactivate(thread.id(), member.getKey(), thread.lastSeq());
            }
        }
        for (Participant participant : current.values()) {
            if (participant.active() && !participant.explicit() && !wanted.containsKey(participant.accountId())) {
                participants.deactivate(thread.id(), participant.accountId());
            }
        }
        if (thread.kind() == ThreadKind.STUDENT || thread.kind() == ThreadKind.DIRECT || thread.kind() == ThreadKind.GROUP) {
            removeBarredGuardians(thread);
        }
    }

    /**
     * Makes the account an active member of the thread it asked to join (a student thread it started
     * again while it existed): added as an explicit member when it never took part, reactivated when
     * it had left. Callers decide beforehand that the account may take part.
     */
    public void join(MessageThread thread, UUID accountId, String role) {
        Participant existing = participants.member(thread.id(), accountId);
        if (existing == null) {
            participants.persist(new Participant(thread.id(), accountId, role, true, thread.lastSeq(),
                    thread.lastActivityAt()));
            participants.flush();
        } else if (!existing.active()) {
            participants.reactivate(thread.id(), accountId, thread.lastSeq());
        }
    }

    /** Re-syncs every thread whose audience depends on this student's links or enrollments. */
    void resyncForStudent(UUID studentId) {
        List<UUID> classes = connections.classesEverOf(studentId);
        UUID school = connections.placesOf(List.of(studentId)).stream().map(StudentPlace::schoolId).findFirst().orElse(null);
        threads.audienceDependsOn(studentId, classes, school).forEach(this::sync);
    }

    /** {@link #resyncForStudent} for many students, each dependent thread synced once (in chunks of students). */
    void resyncForStudents(java.util.Collection<UUID> studentIds) {
        if (studentIds.isEmpty() || !threads.anyInTenant()) {
            return;
        }
        Map<UUID, MessageThread> affected = new LinkedHashMap<>();
        List<UUID> all = List.copyOf(studentIds);
        for (int from = 0; from < all.size(); from += 2_000) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 2_000));
            List<UUID> classes = connections.classesEverOf(chunk);
            List<UUID> schools = connections.placesOf(chunk).stream().map(StudentPlace::schoolId).distinct().toList();
            threads.audienceDependsOnAny(chunk, classes, schools).forEach(t -> affected.putIfAbsent(t.id(), t));
        }
        affected.values().forEach(this::sync);
    }

    /**
     * A no-contact guardian is never a member of anything about that student, even when added by
     * name; a guardian who may not receive communications leaves computed threads only.
     */
    private void removeBarredGuardians(MessageThread thread) {
        if (thread.studentId() == null) {
            return;
        }
        connections.barredAccounts(thread.studentId()).forEach(account -> participants.deactivate(thread.id(), account));
    }

    private static void put(Map<UUID, String> members, List<UUID> accounts, String role) {
        accounts.forEach(account -> members.putIfAbsent(account, role));
    }

    /** Accounts of these students' guardians who receive communications (current links only). */
    private List<UUID> guardiansOfStudents(List<UUID> studentIds) {
        return connections.guardiansOf(studentIds, StudentCapability.RECEIVE_COMMUNICATIONS).stream()
                .map(GuardianLink::accountId).filter(Objects::nonNull).distinct().toList();
    }

    private List<UUID> teachersOfStudent(UUID studentId) {
        return connections.teachersOf(List.of(studentId)).stream()
                .map(Teaching::accountId).filter(Objects::nonNull).distinct().toList();
    }

    private List<UUID> audience(MessageThread thread) {
        if (thread.audience() == null) {
            return List.of();
        }
        return switch (thread.audience()) {
            case "class" -> connections.studentsOfClass(thread.classId());
            case "grade" -> connections.studentsOfSchool(thread.audienceSchoolId(), thread.audienceGrade());
            default -> connections.studentsOfSchool(thread.audienceSchoolId(), null);
        };
    }
}
