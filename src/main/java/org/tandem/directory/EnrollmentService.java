package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.dto.EnrollmentChanges;
import org.tandem.directory.dto.EnrollmentView;
import org.tandem.directory.dto.NewEnrollment;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Students' places in classes of their school. */
@ApplicationScoped
@Transactional
class EnrollmentService {

    static final String CLASS_OF_SCHOOLS = "e.classId IN (SELECT c.id FROM SchoolClass c WHERE c.schoolId IN :schools)";

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;
    private final StudentLinks links;

    EnrollmentService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes, StudentLinks links) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
        this.links = links;
    }

    EnrollmentView create(NewEnrollment input) {
        Student student = records.student(input.studentId());
        SchoolClass schoolClass = records.schoolClass(input.classId());
        if (!schoolClass.schoolId().equals(student.schoolId())) {
            throw ApiException.validation(List.of(new Problem.FieldError("classId", "must be a class of the student's school")));
        }
        Enrollment created = writes.insert(new Enrollment(student.id(), schoolClass.id(), input.sourcedId()));
        links.changed(student.id());
        return EnrollmentView.of(created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<EnrollmentView> list(PageRequest page, UUID studentId, UUID classId, Boolean active, String sourcedId) {
        return lists.of(Enrollment.class, "enrollments")
                .withinSchools(CLASS_OF_SCHOOLS)
                .filter("studentId", studentId, "e.studentId = :studentId")
                .filter("classId", classId, "e.classId = :classId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, EnrollmentView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    EnrollmentView get(UUID id) {
        return EnrollmentView.of(records.reading().enrollment(id));
    }

    EnrollmentView update(UUID id, String ifMatch, JsonNode patch) {
        Enrollment e = records.enrollment(id);
        Enrollment changed = writes.change(e, ifMatch, Precondition.OPTIONAL, patch,
                new EnrollmentChanges(e.sourcedId(), e.active()), EnrollmentChanges.class,
                c -> e.update(c.sourcedId(), c.active()));
        links.changed(e.studentId());
        return EnrollmentView.of(changed);
    }
}
