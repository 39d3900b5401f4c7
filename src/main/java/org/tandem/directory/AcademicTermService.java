package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.AcademicTermChanges;
import org.tandem.directory.dto.AcademicTermView;
import org.tandem.directory.dto.NewAcademicTerm;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** The terms of a school's year. */
@ApplicationScoped
@Transactional
class AcademicTermService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    AcademicTermService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    AcademicTermView create(NewAcademicTerm input) {
        School school = records.school(input.schoolId());
        requireChronological(input.startsOn(), input.endsOn());
        return AcademicTermView.of(writes.insert(
                new AcademicTerm(school.id(), input.name(), input.startsOn(), input.endsOn(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<AcademicTermView> list(PageRequest page, UUID schoolId, Boolean active, String sourcedId) {
        return lists.of(AcademicTerm.class, "terms", SortKey.date("startsOn", AcademicTerm::startsOn))
                .withinSchools("e.schoolId IN :schools")
                .filter("schoolId", schoolId, "e.schoolId = :schoolId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, AcademicTermView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    AcademicTermView get(UUID id) {
        return AcademicTermView.of(records.reading().term(id));
    }

    AcademicTermView update(UUID id, String ifMatch, JsonNode patch) {
        AcademicTerm term = records.term(id);
        AcademicTermChanges current = new AcademicTermChanges(term.name(), term.startsOn(), term.endsOn(),
                term.sourcedId(), term.active());
        return AcademicTermView.of(writes.change(term, ifMatch, Precondition.OPTIONAL, patch, current,
                AcademicTermChanges.class, c -> {
                    requireChronological(c.startsOn(), c.endsOn());
                    term.update(c.name(), c.startsOn(), c.endsOn(), c.sourcedId(), c.active());
                }));
    }

    private static void requireChronological(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn.isBefore(startsOn)) {
            throw ApiException.validation(List.of(new Problem.FieldError("endsOn", "must not be before startsOn")));
        }
    }
}
