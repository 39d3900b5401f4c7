package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.dto.NewTeachingAssignment;
import org.tandem.directory.dto.TeachingAssignmentChanges;
import org.tandem.directory.dto.TeachingAssignmentView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Staff members' assignments to classes of their school. */
@ApplicationScoped
@Transactional
class TeachingAssignmentService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;
    private final StudentLinks links;

    TeachingAssignmentService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes,
                              StudentLinks links) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
        this.links = links;
    }

    TeachingAssignmentView create(NewTeachingAssignment input) {
        Staff staff = records.staff(input.staffId());
        SchoolClass schoolClass = records.schoolClass(input.classId());
        if (!schoolClass.schoolId().equals(staff.schoolId())) {
            throw ApiException.validation(List.of(new Problem.FieldError("classId", "must be a class of the staff member's school")));
        }
        TeachingAssignment created = writes.insert(
                new TeachingAssignment(staff.id(), schoolClass.id(), input.role(), input.sourcedId()));
        links.classChanged(schoolClass.id());
        return TeachingAssignmentView.of(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<TeachingAssignmentView> list(PageRequest page, UUID staffId, UUID classId, Boolean active, String sourcedId) {
        return lists.of(TeachingAssignment.class, "teaching-assignments")
                .withinSchools(EnrollmentService.CLASS_OF_SCHOOLS)
                .filter("staffId", staffId, "e.staffId = :staffId")
                .filter("classId", classId, "e.classId = :classId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, TeachingAssignmentView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    TeachingAssignmentView get(UUID id) {
        return TeachingAssignmentView.of(records.reading().teachingAssignment(id));
    }

    TeachingAssignmentView update(UUID id, String ifMatch, JsonNode patch) {
        TeachingAssignment t = records.teachingAssignment(id);
        TeachingAssignment changed = writes.change(t, ifMatch, Precondition.OPTIONAL, patch,
                new TeachingAssignmentChanges(t.role(), t.sourcedId(), t.active()), TeachingAssignmentChanges.class,
                c -> t.update(c.role(), c.sourcedId(), c.active()));
        links.classChanged(t.classId());
        return TeachingAssignmentView.of(changed);
    }
}
