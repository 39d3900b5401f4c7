package org.tandem.messaging.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A thread to start, with its first message. */
@Schema(name = "NewThread", description = """
        `direct`: staff with `guardianIds`, or a guardian with `staffIds`, optionally about `studentId`. \
        `student`: about `studentId`; members are the student's teachers and every guardian who receives \
        communications. `group`: a class's families (`classId`) or chosen `guardianIds` (staff only). \
        `announcement`: staff only, to `audience`; recipients cannot reply to all.""")
public record NewThread(
        @NotNull @Schema(required = true, enumeration = {"direct", "student", "group", "announcement"}) String kind,
        @Size(max = 200) @Schema(maxLength = 200) String subject,
        UUID studentId,
        UUID classId,
        @Size(max = 50) @Schema(maxItems = 50, description = "Directory ids of guardians (staff starting direct or group threads)")
        List<@NotNull UUID> guardianIds,
        @Size(max = 10) @Schema(maxItems = 10, description = "Directory ids of staff (guardians starting direct threads)")
        List<@NotNull UUID> staffIds,
        @Valid Audience audience,
        @Valid @Schema(description = "The first message; required for announcements") NewMessage message) {

    /** Who receives an announcement: a class, a grade of a school, or a whole school. */
    @Schema(name = "AnnouncementAudience")
    public record Audience(
            @NotNull @Pattern(regexp = "class|grade|school") @Schema(required = true, enumeration = {"class", "grade", "school"})
            String type,
            UUID classId,
            UUID schoolId,
            @Size(max = 16) String grade) {
    }
}
