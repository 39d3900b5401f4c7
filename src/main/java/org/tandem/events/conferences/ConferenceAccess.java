package org.tandem.events.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.access.Connections;
import org.tandem.access.Teaching;
import org.tandem.events.FamilyReach;
import org.tandem.events.Viewer;
import org.tandem.platform.problem.ApiException;

/**
 * Who may see, run and book a conference: its teacher and the school's administrators run it;
 * colleagues at the school see it; a family sees it when the teacher teaches one of the children
 * they may book for now, and books for those children only.
 */
@ApplicationScoped
class ConferenceAccess {

    private final ConferenceRepository conferences;
    private final Connections connections;

    ConferenceAccess(ConferenceRepository conferences, Connections connections) {
        this.conferences = conferences;
        this.connections = connections;
    }

    /** Of the family's children, those the conference's teacher teaches now. */
    Set<UUID> bookableStudents(Conference conference, FamilyReach family) {
        if (family.isEmpty()) {
            return Set.of();
        }
        return connections.teachersOf(family.students()).stream()
                .filter(t -> t.staffId().equals(conference.staffId())).map(Teaching::studentId)
                .collect(Collectors.toSet());
    }

    boolean runs(Conference conference, Viewer viewer) {
        return viewer.staffIds().contains(conference.staffId()) || viewer.administers(conference.schoolId());
    }

    /**
     * The conference a family books, with the students it may book for (read once): 404 when the
     * viewer may not see the conference, 403 for a viewer without the booking permission, 404 for a
     * student the family may not book for.
     */
    Conference requireBookable(UUID conferenceId, Viewer viewer, FamilyReach family, UUID studentId) {
        Conference conference = conferenceId == null ? null : conferences.findById(conferenceId);
        Set<UUID> bookable = conference == null ? Set.of() : bookableStudents(conference, family);
        if (conference == null || !(viewer.worksAt(conference.schoolId()) || !bookable.isEmpty())) {
            throw ApiException.notFound("Conference " + conferenceId);
        }
        if (family.isEmpty()) {
            throw ApiException.forbidden("Only families with the booking permission book conferences");
        }
        if (!bookable.contains(studentId)) {
            throw ApiException.notFound("Student " + studentId);
        }
        return conference;
    }

    Conference requireVisible(UUID conferenceId, Viewer viewer, FamilyReach family) {
        Conference conference = conferenceId == null ? null : conferences.findById(conferenceId);
        if (conference == null || !(viewer.worksAt(conference.schoolId()) || !bookableStudents(conference, family).isEmpty())) {
            throw ApiException.notFound("Conference " + conferenceId);
        }
        return conference;
    }

    Conference requireRunner(UUID conferenceId, Viewer viewer, FamilyReach family) {
        Conference conference = requireVisible(conferenceId, viewer, family);
        if (!runs(conference, viewer)) {
            throw ApiException.forbidden("Only the conference's teacher and the school's administrators may do this");
        }
        return conference;
    }
}
