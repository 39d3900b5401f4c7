package org.tandem.celebrations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.tandem.goals.GoalAccess;
import org.tandem.platform.problem.ApiException;

/**
 * Finds a celebration the caller may see, for reading (plain SQL) or for acting on it; a 404
 * otherwise. A withdrawn celebration no longer exists for families; staff who saw it still do.
 */
@ApplicationScoped
public class CelebrationGuard {

    /** A celebration the caller sees, and whether they see it as its family (or as staff). */
    public record Seen(CelebrationReads.Row row, boolean family, GoalAccess.Reach reach) {
        public UUID id() {
            return row.view().id();
        }
    }

    private final CelebrationAccess access;
    private final CelebrationReads reads;

    CelebrationGuard(CelebrationAccess access, CelebrationReads reads) {
        this.access = access;
        this.reads = reads;
    }

    /** The celebration if the caller sees it, withdrawn or not. */
    public Seen see(UUID celebrationId) {
        CelebrationReads.Row row = celebrationId == null ? null : reads.one(celebrationId, access.me()).orElse(null);
        if (row == null) {
            throw notFound(celebrationId);
        }
        Seen seen;
        if (row.studentId() != null) {
            GoalAccess.Reach reach = access.overStudent(row.studentId());
            if (!CelebrationAccess.sees(reach, row.studentId(), row.confidential(), row.goalStaff())) {
                throw notFound(celebrationId);
            }
            seen = new Seen(row, reach.family().contains(row.studentId()), reach);
        } else {
            CelebrationAccess.ClassRole role = access.classRole(row.view().classId());
            if (role == CelebrationAccess.ClassRole.NONE) {
                throw notFound(celebrationId);
            }
            seen = new Seen(row, role == CelebrationAccess.ClassRole.FAMILY, null);
        }
        if (row.withdrawn() && seen.family()) {
            throw notFound(celebrationId);
        }
        return seen;
    }

    /** {@link #see}, refusing a withdrawn celebration (409) for what adds to it: reactions and replies. */
    public Seen seeOpen(UUID celebrationId) {
        Seen seen = see(celebrationId);
        if (seen.row().withdrawn()) {
            throw withdrawn();
        }
        return seen;
    }

    /** Whether the caller may edit or withdraw it: its author, or an administrator of its school. */
    public boolean mayManage(Seen seen) {
        return seen.row().view().authorId().equals(access.me()) || access.administers(seen.row().schoolId());
    }

    public UUID me() {
        return access.me();
    }

    static ApiException withdrawn() {
        return ApiException.conflict("celebration_withdrawn", "The celebration was withdrawn");
    }

    static ApiException notFound(UUID celebrationId) {
        return ApiException.notFound("Celebration " + celebrationId);
    }
}
