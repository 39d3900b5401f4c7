package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.StudentCapability;
import org.tandem.platform.persistence.Sql;
import org.tandem.platform.problem.ApiException;

/**
 * Deletes a student from every feature in one transaction: the student row is locked first (a
 * concurrent deletion waits, then finds nothing), every {@link StudentErasure} detaches, then erases
 * in order, and an erasure record that names no one is written. Any failure rolls all of it back.
 */
@ApplicationScoped
public class StudentDeletion {

    private final List<StudentErasure> erasures;
    private final AccessPolicy access;
    private final Caller caller;
    private final Sql sql;
    private final Erasures records;

    StudentDeletion(Instance<StudentErasure> erasures, AccessPolicy access, Caller caller, Sql sql, Erasures records) {
        this.erasures = erasures.stream().sorted(Comparator.comparingInt(StudentErasure::order)
                .thenComparing(StudentErasure::feature)).toList();
        this.access = access;
        this.caller = caller;
        this.sql = sql;
        this.records = records;
    }

    @Transactional
    public ErasureView delete(UUID studentId) {
        access.requireStudent(studentId, StudentCapability.ADMINISTER);
        if (!caller.isDistrictAdmin()) {
            throw ApiException.forbidden("Only a district administrator deletes a student");
        }
        String tenant = sql.tenant();
        ErasedStudent student = sql.one("SELECT given_name, family_name, sourced_id FROM student WHERE tenant_id = ? AND id = ? FOR UPDATE",
                        rs -> new ErasedStudent(tenant, studentId, rs.getString(1), rs.getString(2), rs.getString(3)), tenant, studentId)
                .orElseThrow(() -> ApiException.notFound("Student " + studentId));
        erasures.forEach(e -> e.detach(student));
        erasures.forEach(e -> e.erase(student));
        return records.record(tenant, "student", caller.accountId(), "district_admin", student.removedRows());
    }

    /** The implementations in the order they run, for the documentation test. */
    List<String> features() {
        return erasures.stream().map(StudentErasure::feature).toList();
    }
}
