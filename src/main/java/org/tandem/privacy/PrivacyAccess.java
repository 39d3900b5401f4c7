package org.tandem.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.access.GuardianLink;
import org.tandem.access.StudentCapability;
import org.tandem.platform.problem.ApiException;

/**
 * Who may exercise a student's data rights (export, read the disclosure log): the student's
 * administrators, and guardians whose link carries educational rights. Out of scope (another school or
 * district, a guardian under a no-contact order) is a 404; staff, and guardians without educational
 * rights, get a 403.
 */
@ApplicationScoped
class PrivacyAccess {

    /** The caller's standing for one student: an administrator's, or a guardian's link. */
    record Rights(boolean administrator, GuardianLink link) {
    }

    private final AccessPolicy access;

    PrivacyAccess(AccessPolicy access) {
        this.access = access;
    }

    Rights requireRecordsRights(UUID studentId) {
        access.requireStudent(studentId, StudentCapability.VIEW);
        if (access.may(studentId, StudentCapability.ADMINISTER)) {
            return new Rights(true, null);
        }
        GuardianLink link = access.ownLinks().stream().filter(l -> l.studentId().equals(studentId)).findFirst().orElse(null);
        if (link != null && link.educationalRights()) {
            return new Rights(false, link);
        }
        throw ApiException.forbidden("Only administrators and guardians with educational rights exercise a student's data rights");
    }

    boolean may(UUID studentId, StudentCapability capability) {
        return access.may(studentId, capability);
    }
}
