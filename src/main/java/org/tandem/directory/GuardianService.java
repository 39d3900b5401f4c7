package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.GuardianChanges;
import org.tandem.directory.dto.GuardianView;
import org.tandem.directory.dto.NewGuardian;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/**
 * Family members. A guardian belongs to no one school: school admins manage those with a child at
 * their school, and those not yet linked to any student (see {@link org.tandem.access.Connections#GUARDIAN_OF_SCHOOLS}).
 */
@ApplicationScoped
@Transactional
class GuardianService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    GuardianService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    GuardianView create(NewGuardian input) {
        return GuardianView.of(writes.insert(new Guardian(input.givenName(), input.familyName(), input.email(),
                input.phone(), input.preferredLanguage(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<GuardianView> list(PageRequest page, UUID studentId, String email, Boolean active, String sourcedId) {
        return lists.of(Guardian.class, "guardians", SortKey.text("familyName", Guardian::familyName),
                        SortKey.text("givenName", Guardian::givenName))
                .withinSchools(Connections.GUARDIAN_OF_SCHOOLS)
                .filter("studentId", studentId,
                        "e.id IN (SELECT g.guardianId FROM Guardianship g WHERE g.studentId = :studentId)")
                .filter("email", email, "lower(e.email) = lower(:email)")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, GuardianView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    GuardianView get(UUID id) {
        return GuardianView.of(records.reading().guardian(id));
    }

    GuardianView update(UUID id, String ifMatch, JsonNode patch) {
        Guardian g = records.guardian(id);
        GuardianChanges current = new GuardianChanges(g.givenName(), g.familyName(), g.email(), g.phone(),
                g.preferredLanguage(), g.sourcedId(), g.active());
        return GuardianView.of(writes.change(g, ifMatch, Precondition.OPTIONAL, patch, current, GuardianChanges.class,
                c -> g.update(c.givenName(), c.familyName(), c.email(), c.phone(), c.preferredLanguage(),
                        c.sourcedId(), c.active())));
    }
}
