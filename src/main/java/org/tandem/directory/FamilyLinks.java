package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Links an account to a student as a guardian, the end of every way of joining (invitations, class
 * codes) and the one writer of family links outside the administrators' directory endpoints. One person keeps
 * one guardian record: the account's own, else an unclaimed record the roster already has for the
 * same email, else a new one. An existing link is kept as it is, so joining again never lifts a
 * no-contact flag or restores permissions an administrator removed.
 */
@ApplicationScoped
public class FamilyLinks {

    /** The guardian record and the link to the student, and whether the link is new. */
    public record Link(UUID guardianId, UUID guardianshipId, boolean created) {
    }

    /** The person joining: their account and what the guardian record is made from when there is none. */
    public record Joiner(UUID accountId, String email, String displayName, String preferredLanguage) {
    }

    private final GuardianRepository guardians;
    private final GuardianshipRepository guardianships;
    private final Event<StudentLinksChanged> linksChanged;

    FamilyLinks(GuardianRepository guardians, GuardianshipRepository guardianships,
                Event<StudentLinksChanged> linksChanged) {
        this.guardians = guardians;
        this.guardianships = guardianships;
        this.linksChanged = linksChanged;
    }

    /** Runs inside the caller's transaction and tenant. */
    public Link link(Joiner account, UUID studentId, Relationship relationship, boolean educationalRights) {
        Guardian guardian = guardianOf(account);
        Optional<Guardianship> existing = guardianships.between(studentId, guardian.id());
        if (existing.isPresent()) {
            return new Link(guardian.id(), existing.get().id(), false);
        }
        Guardianship link = new Guardianship(studentId, guardian.id(), relationship, educationalRights,
                Guardianship.Permissions.ALL, false, null);
        guardianships.persistAndFlush(link);
        linksChanged.fire(new StudentLinksChanged(studentId)); // e.g. the student's threads gain this guardian
        return new Link(guardian.id(), link.id(), true);
    }

    private Guardian guardianOf(Joiner account) {
        Optional<Guardian> own = guardians.ofAccount(account.accountId());
        if (own.isPresent()) {
            return own.get();
        }
        List<Guardian> unclaimed = guardians.unclaimedWithEmail(account.email());
        Guardian guardian;
        if (unclaimed.size() == 1) {
            guardian = unclaimed.get(0);
        } else {
            String[] names = splitName(account.displayName());
            guardian = new Guardian(names[0], names[1], account.email(), null, account.preferredLanguage(), null);
            guardians.persist(guardian);
        }
        guardian.linkAccount(account.accountId());
        return guardian;
    }

    /** Given and family name from a display name: the last word is taken as the family name. */
    static String[] splitName(String displayName) {
        String name = displayName.strip();
        int space = name.lastIndexOf(' ');
        return space < 0 ? new String[] {name, ""} : new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
    }
}
