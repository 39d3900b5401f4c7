package org.tandem.celebrations;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.celebrations.badges.BadgeRepository;
import org.tandem.celebrations.dto.CelebrationChanges;
import org.tandem.celebrations.dto.CelebrationView;
import org.tandem.celebrations.dto.NewCelebration;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/** Recognising students and classes, reading, editing and withdrawing celebrations. */
@ApplicationScoped
@Transactional
public class CelebrationService {

    private final CelebrationRepository celebrations;
    private final CelebrationReads reads;
    private final CelebrationAccess access;
    private final CelebrationGuard guard;
    private final BadgeRepository badges;
    private final MergePatch mergePatch;
    private final CursorCodec cursors;
    private final CelebrationEvents domainEvents;

    CelebrationService(CelebrationRepository celebrations, CelebrationReads reads, CelebrationAccess access,
                       CelebrationGuard guard, BadgeRepository badges, MergePatch mergePatch, CursorCodec cursors,
                       CelebrationEvents domainEvents) {
        this.domainEvents = domainEvents;
        this.celebrations = celebrations;
        this.reads = reads;
        this.access = access;
        this.guard = guard;
        this.badges = badges;
        this.mergePatch = mergePatch;
        this.cursors = cursors;
    }

    CelebrationView recognizeStudent(UUID studentId, NewCelebration input) {
        access.requireRecognizer(studentId);
        return create(new Celebration(studentId, null, access.me(), null, false), input);
    }

    CelebrationView recognizeClass(UUID classId, NewCelebration input) {
        access.requireClassStaff(classId);
        return create(new Celebration(null, classId, access.me(), null, false), input);
    }

    private CelebrationView create(Celebration celebration, NewCelebration input) {
        celebration.describe(input.title().strip(), blankToNull(input.message()), input.category(),
                badges.usable(input.badgeId(), "badgeId"));
        celebrations.persist(celebration);
        celebrations.flush();
        domainEvents.posted(celebration);
        return reads.one(celebration.id(), access.me()).orElseThrow().view();
    }

    CelebrationView get(UUID celebrationId) {
        CelebrationGuard.Seen seen = guard.see(celebrationId);
        if (seen.reach() != null) {
            access.recordRead(seen.row().studentId(), seen.reach(), "celebrations.read");
        }
        return seen.row().view();
    }

    CelebrationView change(UUID celebrationId, JsonNode patch, String ifMatch) {
        CelebrationGuard.Seen seen = guard.see(celebrationId);
        requireManager(seen);
        Celebration celebration = celebrations.lock(celebrationId).orElseThrow();
        EntityTags.checkRequired(ifMatch, celebration.version());
        if (celebration.withdrawn()) {
            throw CelebrationGuard.withdrawn();
        }
        CelebrationChanges current = new CelebrationChanges(celebration.title(), celebration.message(),
                celebration.category(), celebration.badgeId());
        CelebrationChanges next = mergePatch.apply(current, patch, CelebrationChanges.class);
        UUID badge = next.badgeId() == null || next.badgeId().equals(celebration.badgeId()) ? next.badgeId()
                : badges.usable(next.badgeId(), "badgeId");
        celebration.describe(next.title().strip(), blankToNull(next.message()), next.category(), badge);
        celebrations.flush();
        return reads.one(celebrationId, access.me()).orElseThrow().view();
    }

    void withdraw(UUID celebrationId) {
        CelebrationGuard.Seen seen = guard.see(celebrationId);
        requireManager(seen);
        Celebration celebration = celebrations.lock(celebrationId).orElseThrow();
        if (!celebration.withdrawn()) {
            celebration.withdraw(access.me());
        }
    }

    Page<CelebrationView> ofClass(UUID classId, PageRequest page) {
        if (access.classRole(classId) == CelebrationAccess.ClassRole.NONE) {
            throw ApiException.notFound("Class " + classId);
        }
        String list = "class-celebrations:" + classId;
        CelebrationReads.Position before = cursors.decode(list, page.cursor(), CelebrationReads.Position.class);
        return Page.of(reads.ofClass(classId, access.me(), before, page.fetchSize()), page, v -> v,
                v -> cursors.encode(list, new CelebrationReads.Position(v.createdAt(), v.id())));
    }

    private void requireManager(CelebrationGuard.Seen seen) {
        if (!guard.mayManage(seen)) {
            throw ApiException.forbidden("Only the author or an administrator changes or withdraws a celebration");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
