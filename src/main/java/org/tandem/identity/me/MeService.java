package org.tandem.identity.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.directory.District;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Student;
import org.tandem.identity.Account;
import org.tandem.platform.problem.ApiException;

/** Assembles the caller's own view in a fixed number of queries. */
@ApplicationScoped
class MeService {

    private final EntityManager em;
    private final Caller caller;
    private final AccessPolicy access;
    private final Connections connections;

    MeService(EntityManager em, Caller caller, AccessPolicy access, Connections connections) {
        this.em = em;
        this.caller = caller;
        this.access = access;
        this.connections = connections;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MeUpdate profile() {
        Account account = account();
        return new MeUpdate(account.displayName(), account.preferredLanguage());
    }

    /** Stores the language tag in its canonical form ({@code pt-br} becomes {@code pt-BR}). */
    @Transactional
    Me update(MeUpdate update) {
        String language = java.util.Locale.forLanguageTag(update.preferredLanguage()).toLanguageTag();
        account().updateProfile(update.displayName().strip(), language);
        em.flush();
        return me();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Me me() {
        Account account = account();
        District district = em.find(District.class, account.tenantId());
        Set<UUID> studentIds = access.visibleStudents();
        Map<UUID, GuardianLink> links = caller.guardianId().isEmpty() || studentIds.isEmpty() ? Map.of()
                : connections.linksBetween(caller.guardianId().get(), studentIds).stream()
                        .collect(Collectors.toMap(GuardianLink::studentId, Function.identity()));
        List<Me.StudentSummary> students = studentIds.isEmpty() ? List.of()
                : em.createQuery("FROM Student s WHERE s.id IN :ids", Student.class).setParameter("ids", studentIds)
                        .getResultStream()
                        .sorted(Comparator.comparing(Student::familyName).thenComparing(Student::givenName))
                        .map(s -> new Me.StudentSummary(s.id(), s.givenName(), s.familyName(), s.grade(), s.schoolId(),
                                link(links.get(s.id()))))
                        .toList();
        List<UUID> classIds = access.taughtClasses();
        List<Me.ClassSummary> classes = classIds.isEmpty() ? List.of()
                : em.createQuery("FROM SchoolClass c WHERE c.id IN :ids ORDER BY c.name", SchoolClass.class)
                        .setParameter("ids", classIds).getResultStream()
                        .map(c -> new Me.ClassSummary(c.id(), c.name(), c.subject(), c.grade(), c.schoolId()))
                        .toList();
        return new Me(account.id(), account.displayName(), account.email(), account.preferredLanguage(),
                new Me.District(district.id(), district.name(), district.slug()), caller.roles(), students, classes);
    }

    private Account account() {
        Account account = em.find(Account.class, caller.accountId());
        if (account == null || !account.active()) {
            throw ApiException.notFound("Account");
        }
        return account;
    }

    private static Me.Link link(GuardianLink g) {
        if (g == null) {
            return null;
        }
        return new Me.Link(g.relationship(), g.educationalRights(), g.receivesCommunications(), g.mayMessageStaff(),
                g.mayBookAndRsvp(), g.maySeeGoalsAndCelebrations());
    }
}
