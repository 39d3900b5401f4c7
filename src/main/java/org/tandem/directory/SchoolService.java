package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.NewSchool;
import org.tandem.directory.dto.SchoolChanges;
import org.tandem.directory.dto.SchoolView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/** The district's schools. District admins add them; a school's admins may also update it. */
@ApplicationScoped
@Transactional
class SchoolService {

    private final AccessPolicy access;
    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    SchoolService(AccessPolicy access, AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.access = access;
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    SchoolView create(NewSchool input) {
        if (access.administeredSchools().isPresent()) {
            throw ApiException.forbidden("Only district administrators add schools");
        }
        return SchoolView.of(writes.insert(new School(input.name(), input.timeZone(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SchoolView> list(PageRequest page, Boolean active, String sourcedId) {
        return lists.of(School.class, "schools", SortKey.text("name", School::name))
                .withinSchools("e.id IN :schools")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, SchoolView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SchoolView get(UUID id) {
        return SchoolView.of(records.reading().school(id));
    }

    SchoolView update(UUID id, String ifMatch, JsonNode patch) {
        School school = records.school(id);
        SchoolChanges current = new SchoolChanges(school.name(), school.timeZone(), school.sourcedId(), school.active());
        return SchoolView.of(writes.change(school, ifMatch, Precondition.OPTIONAL, patch, current, SchoolChanges.class,
                c -> school.update(c.name(), c.timeZone(), c.sourcedId(), c.active())));
    }
}
