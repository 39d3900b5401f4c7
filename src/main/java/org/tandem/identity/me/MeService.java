package org.tandem.identity.me;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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
import org.tandem.directory.DirectoryReads;
import org.tandem.directory.District;
import org.tandem.identity.Account;
import org.tandem.identity.AccountRepository;
import org.tandem.platform.problem.ApiException;

/** Assembles the caller's own view in a fixed number of queries. */
@ApplicationScoped
class MeService {

    private final AccountRepository accounts;
    private final DirectoryReads directory;
    private final Caller caller;
    private final AccessPolicy access;
    private final Connections connections;

    MeService(AccountRepository accounts, DirectoryReads directory, Caller caller, AccessPolicy access,
              Connections connections) {
        this.accounts = accounts;
        this.directory = directory;
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
        accounts.flush();
        return me();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Me me() {
        Account account = account();
        District district = directory.district(account.tenantId()).orElseThrow();
        Set<UUID> studentIds = access.visibleStudents();
        Map<UUID, GuardianLink> links = caller.guardianId().isEmpty() || studentIds.isEmpty() ? Map.of()
                : connections.linksBetween(caller.guardianId().get(), studentIds).stream()
                        .collect(Collectors.toMap(GuardianLink::studentId, Function.identity()));
        List<Me.StudentSummary> students = directory.students(studentIds).stream()
                .map(s -> new Me.StudentSummary(s.id(), s.givenName(), s.familyName(), s.grade(), s.schoolId(),
                        link(links.get(s.id()))))
                .toList();
        List<Me.ClassSummary> classes = directory.classes(access.taughtClasses()).stream()
                .map(c -> new Me.ClassSummary(c.id(), c.name(), c.subject(), c.grade(), c.schoolId()))
                .toList();
        return new Me(account.id(), account.displayName(), account.email(), account.preferredLanguage(),
                new Me.District(district.id(), district.name(), district.slug()), caller.roles(), students, classes);
    }

    private Account account() {
        if (caller.has(org.tandem.access.Roles.INTEGRATOR)) {
            throw ApiException.forbidden("An integrator's client has no account of its own");
        }
        return accounts.findActive(caller.accountId()).orElseThrow(() -> ApiException.notFound("Account"));
    }

    private static Me.Link link(GuardianLink g) {
        if (g == null) {
            return null;
        }
        return new Me.Link(g.relationship(), g.educationalRights(), g.receivesCommunications(), g.mayMessageStaff(),
                g.mayBookAndRsvp(), g.maySeeGoalsAndCelebrations());
    }
}
