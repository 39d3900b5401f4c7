package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.NewSchoolClass;
import org.tandem.directory.dto.SchoolClassChanges;
import org.tandem.directory.dto.SchoolClassView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Classes (sections) of a school, each in one of its terms. */
@ApplicationScoped
@Transactional
class SchoolClassService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    SchoolClassService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    SchoolClassView create(NewSchoolClass input) {
        School school = records.school(input.schoolId());
        AcademicTerm term = records.term(input.termId());
        if (!term.schoolId().equals(school.id())) {
            throw ApiException.validation(List.of(new Problem.FieldError("termId", "must be a term of the class's school")));
        }
        return SchoolClassView.of(writes.insert(new SchoolClass(school.id(), term.id(), input.name(), input.subject(),
                input.grade(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SchoolClassView> list(PageRequest page, UUID schoolId, UUID termId, Boolean active, String sourcedId) {
        return lists.of(SchoolClass.class, "classes", SortKey.text("name", SchoolClass::name))
                .withinSchools("e.schoolId IN :schools")
                .filter("schoolId", schoolId, "e.schoolId = :schoolId")
                .filter("termId", termId, "e.termId = :termId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, SchoolClassView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    SchoolClassView get(UUID id) {
        return SchoolClassView.of(records.reading().schoolClass(id));
    }

    SchoolClassView update(UUID id, String ifMatch, JsonNode patch) {
        SchoolClass c = records.schoolClass(id);
        SchoolClassChanges current = new SchoolClassChanges(c.name(), c.subject(), c.grade(), c.sourcedId(), c.active());
        return SchoolClassView.of(writes.change(c, ifMatch, Precondition.OPTIONAL, patch, current,
                SchoolClassChanges.class, s -> c.update(s.name(), s.subject(), s.grade(), s.sourcedId(), s.active())));
    }
}
