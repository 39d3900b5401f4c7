package org.tandem.messaging.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's children and the school staff a family reaches about them. */
@Schema(name = "ChildContacts")
public record ChildContacts(
        @Schema(required = true, description = "Pass it as `studentId` to start the child's `student` thread") UUID studentId,
        @Schema(required = true) String givenName,
        @Schema(required = true) String familyName,
        @Schema(required = true, nullable = true) String grade,
        @Schema(required = true, description = "Whether your link to this child lets you message their teachers")
        boolean mayMessageStaff,
        @Schema(required = true, description = "The child's teachers now (by name), then the school's contacts "
                + "(administrators, counselors)") List<StaffContact> contacts) {

    /** A staff member around the child. */
    @Schema(name = "StaffContact")
    public record StaffContact(
            @Schema(required = true, description = "Directory id of the staff member: pass it in `staffIds` to start a "
                    + "`direct` thread, or to getStaffOfficeHours") UUID staffId,
            @Schema(required = true) String givenName,
            @Schema(required = true) String familyName,
            @Schema(required = true, enumeration = {"teacher", "aide", "counselor", "school_admin"}) String role,
            @Schema(required = true, description = "The child's classes this person teaches now; empty for a school "
                    + "contact who does not teach the child") List<ClassRef> classes,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Their office hours, for those who teach the child and have set some; absent "
                    + "otherwise") OfficeHoursView officeHours,
            @Schema(required = true, description = "Whether you may start a thread with them: they teach the child, "
                    + "have joined, and your link allows messaging staff") boolean mayMessage) {
    }
}
