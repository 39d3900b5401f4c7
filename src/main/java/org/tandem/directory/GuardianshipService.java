package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.dto.GuardianshipChanges;
import org.tandem.directory.dto.GuardianshipView;
import org.tandem.directory.dto.NewGuardianship;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/**
 * Links between students and guardians, with what each guardian may do. Changing a link needs
 * If-Match: a lost update here could silently undo a no-contact order.
 */
@ApplicationScoped
@Transactional
class GuardianshipService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;
    private final StudentLinks links;

    GuardianshipService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes, StudentLinks links) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
        this.links = links;
    }

    GuardianshipView create(NewGuardianship input) {
        Student student = records.student(input.studentId());
        Guardian guardian = records.guardian(input.guardianId());
        Guardianship.Permissions permissions = new Guardianship.Permissions(
                orTrue(input.receivesCommunications()), orTrue(input.mayMessageStaff()),
                orTrue(input.mayBookAndRsvp()), orTrue(input.maySeeGoalsAndCelebrations()));
        Guardianship created = writes.insert(new Guardianship(student.id(), guardian.id(), input.relationship(),
                orTrue(input.educationalRights()), permissions, Boolean.TRUE.equals(input.noContact()), input.sourcedId()));
        links.changed(student.id());
        return GuardianshipView.of(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<GuardianshipView> list(PageRequest page, UUID studentId, UUID guardianId, Boolean active, String sourcedId) {
        return lists.of(Guardianship.class, "guardianships")
                .withinSchools("e.studentId IN (SELECT s.id FROM Student s WHERE s.schoolId IN :schools)")
                .filter("studentId", studentId, "e.studentId = :studentId")
                .filter("guardianId", guardianId, "e.guardianId = :guardianId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, GuardianshipView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    GuardianshipView get(UUID id) {
        return GuardianshipView.of(records.reading().guardianship(id));
    }

    GuardianshipView update(UUID id, String ifMatch, JsonNode patch) {
        Guardianship g = records.guardianship(id);
        Guardianship.Permissions p = g.permissions();
        GuardianshipChanges current = new GuardianshipChanges(g.relationship(), g.educationalRights(),
                p.receivesCommunications(), p.mayMessageStaff(), p.mayBookAndRsvp(), p.maySeeGoalsAndCelebrations(),
                g.noContact(), g.sourcedId(), g.active());
        Guardianship changed = writes.change(g, ifMatch, Precondition.REQUIRED, patch, current,
                GuardianshipChanges.class, c -> g.update(c.relationship(), c.educationalRights(),
                        new Guardianship.Permissions(c.receivesCommunications(), c.mayMessageStaff(), c.mayBookAndRsvp(),
                                c.maySeeGoalsAndCelebrations()),
                        c.noContact(), c.sourcedId(), c.active()));
        // A no-contact order or a withdrawn permission must take effect on existing threads now.
        links.changed(g.studentId());
        return GuardianshipView.of(changed);
    }

    private static boolean orTrue(Boolean flag) {
        return flag == null || flag;
    }
}
