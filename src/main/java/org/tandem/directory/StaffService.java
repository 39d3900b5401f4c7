package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.directory.DirectoryWrites.Precondition;
import org.tandem.directory.Keyset.SortKey;
import org.tandem.directory.dto.NewStaff;
import org.tandem.directory.dto.StaffChanges;
import org.tandem.directory.dto.StaffView;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;

/** A school's staff: teachers, aides, counselors and the school's administrators. */
@ApplicationScoped
@Transactional
class StaffService {

    private final AdministeredRecords records;
    private final DirectoryLists lists;
    private final DirectoryWrites writes;

    StaffService(AdministeredRecords records, DirectoryLists lists, DirectoryWrites writes) {
        this.records = records;
        this.lists = lists;
        this.writes = writes;
    }

    StaffView create(NewStaff input) {
        School school = records.school(input.schoolId());
        return StaffView.of(writes.insert(new Staff(school.id(), input.givenName(), input.familyName(), input.email(),
                input.kind(), input.sourcedId())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<StaffView> list(PageRequest page, UUID schoolId, Boolean active, String sourcedId) {
        return lists.of(Staff.class, "staff", SortKey.text("familyName", Staff::familyName),
                        SortKey.text("givenName", Staff::givenName))
                .withinSchools("e.schoolId IN :schools")
                .filter("schoolId", schoolId, "e.schoolId = :schoolId")
                .filterActiveAndSourcedId(active, sourcedId)
                .page(page, StaffView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    StaffView get(UUID id) {
        return StaffView.of(records.reading().staff(id));
    }

    StaffView update(UUID id, String ifMatch, JsonNode patch) {
        Staff s = records.staff(id);
        StaffChanges current = new StaffChanges(s.givenName(), s.familyName(), s.email(), s.kind(), s.sourcedId(), s.active());
        return StaffView.of(writes.change(s, ifMatch, Precondition.OPTIONAL, patch, current, StaffChanges.class,
                c -> s.update(c.givenName(), c.familyName(), c.email(), c.kind(), c.sourcedId(), c.active())));
    }
}
