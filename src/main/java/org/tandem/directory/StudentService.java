package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.NewStudent;
import org.tandem.directory.dto.StudentChanges;
import org.tandem.directory.dto.StudentView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** A school's students. Reading one student's record is a disclosure, written to the audit log. */
@ApplicationScoped
@Transactional
class StudentService {

    static final String READ_ACTION = "directory.student.read";

    private final AccessPolicy access;
    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    StudentService(AccessPolicy access, AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.access = access;
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    StudentView create(NewStudent input) {
        School school = records.school(input.schoolId());
        return StudentView.of(writes.insert(
                new Student(school.id(), input.givenName(), input.familyName(), input.grade(), input.sourcedId())));
    }

    /** An integrator's page is a disclosure of every student on it (the disclosure log, docs/privacy.md). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<StudentView> list(PageRequest page, UUID schoolId, UUID classId, UUID guardianId, Boolean active,
                           String sourcedId) {
        Page<StudentView> students = lists.of(Student.class, "students", SortKey.text("familyName", Student::familyName),
                        SortKey.text("givenName", Student::givenName))
                .withinSchools("e.schoolId IN :schools")
                .filter("schoolId", schoolId, "e.schoolId = :schoolId")
                .filter("classId", classId,
                        "e.id IN (SELECT en.studentId FROM Enrollment en WHERE en.classId = :classId AND en.active = true)")
                .filter("guardianId", guardianId,
                        "e.id IN (SELECT g.studentId FROM Guardianship g WHERE g.guardianId = :guardianId)")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, StudentView::of);
        access.recordIntegratorListRead(students.items().stream().map(StudentView::id).toList(), "list");
        return students;
    }

    /** Requires a transaction: the read is recorded in the audit log. */
    StudentView get(UUID id) {
        access.readStudentRecord(id, READ_ACTION);
        return StudentView.of(records.reading().student(id));
    }

    StudentView update(UUID id, String ifMatch, JsonNode patch) {
        Student s = records.student(id);
        StudentChanges current = new StudentChanges(s.givenName(), s.familyName(), s.grade(), s.sourcedId(), s.active());
        return StudentView.of(writes.change(s, ifMatch, Precondition.OPTIONAL, patch, current, StudentChanges.class,
                c -> s.update(c.givenName(), c.familyName(), c.grade(), c.sourcedId(), c.active())));
    }
}
