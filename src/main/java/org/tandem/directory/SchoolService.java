package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.NewSchool;
import org.tandem.directory.dto.SchoolChanges;
import org.tandem.directory.dto.SchoolView;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/** The district's schools. District admins add them; a school's admins may also update it. */
@ApplicationScoped
@Transactional
class SchoolService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final DirectoryWrites writes;
    private final CursorCodec cursors;

    SchoolService(EntityManager em, AccessPolicy access, DirectoryWrites writes, CursorCodec cursors) {
        this.em = em;
        this.access = access;
        this.writes = writes;
        this.cursors = cursors;
    }

    SchoolView create(NewSchool input) {
        if (access.administeredSchools().isPresent()) {
            throw ApiException.forbidden("Only district administrators add schools");
        }
        return SchoolView.of(writes.insert(new School(input.name(), input.timeZone(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SchoolView> list(PageRequest page, Boolean active, String sourcedId) {
        return new Keyset<>(School.class, "schools", SortKey.<School>text("name", School::name))
                .withinSchools(access.administeredSchools(), "e.id IN :schools")
                .filter("active", active, "e.active = :active")
                .filter("sourcedId", sourcedId, "e.sourcedId = :sourcedId")
                .page(em, cursors, page, SchoolView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SchoolView get(UUID id) {
        return SchoolView.of(find(id));
    }

    SchoolView update(UUID id, String ifMatch, JsonNode patch) {
        School school = find(id);
        SchoolChanges current = new SchoolChanges(school.name(), school.timeZone(), school.sourcedId(), school.active());
        return SchoolView.of(writes.change(school, ifMatch, Precondition.OPTIONAL, patch, current, SchoolChanges.class,
                c -> school.update(c.name(), c.timeZone(), c.sourcedId(), c.active())));
    }

    private School find(UUID id) {
        School school = em.find(School.class, id);
        if (school == null) {
            throw ApiException.notFound("School " + id);
        }
        access.requireAdministration(school.id(), "School " + id);
        return school;
    }
}
