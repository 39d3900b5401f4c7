package org.tandem.roster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.roster.RosterRecords.Enrollment;
import org.tandem.roster.RosterRecords.Status;
import org.tandem.roster.RosterRecords.User;

/**
 * A re-import's directory snapshot shares the package's texts where they are equal (one copy of each
 * sourcedId, name and email instead of two), and keeps its own where they differ, so that comparing
 * the two still sees every change.
 */
class ParsedRosterTest {

    private static String fresh(String text) {
        return new String(text.toCharArray()); // equal, but not the same object
    }

    @Test
    void equalTextsOfTheSameRecordBecomeThePackagesOwn() {
        ParsedRoster roster = new ParsedRoster("1.2");
        User user = new User("g-1", Status.ACTIVE, "Ana", "Lopez", "ana@example.org", "+15550100",
                List.of(), List.of(), List.of(), 7);
        roster.users.put(user.sourcedId(), user);
        // guardian: sourced_id, account_id, given_name, family_name, email, phone, active
        String[] row = {fresh("g-1"), "7d1c6f9e-0000-4000-8000-000000000001", fresh("Ana"), fresh("Lopes"),
                fresh("ana@example.org"), fresh("+15550100"), "true"};
        String familyBefore = row[3];

        roster.shareTexts(DirectoryTable.GUARDIAN, row);

        assertSame(user.sourcedId(), row[0]);
        assertSame(user.givenName(), row[2]);
        assertSame(familyBefore, row[3], "a value that differs stays the directory's, so the change is still seen");
        assertNotSame(user.familyName(), row[3]);
        assertSame(user.email(), row[4]);
        assertSame(user.phone(), row[5]);
        assertEquals("true", row[6]);
    }

    @Test
    void recordsThePackageDoesNotHaveAndLinksAreLeftAlone() {
        ParsedRoster roster = new ParsedRoster("1.2");
        roster.enrollments.put("e-1", new Enrollment("e-1", Status.ACTIVE, "c-1", "s-1", "student", false, 3));

        String[] unknown = {fresh("s-404"), null, fresh("Sam"), fresh("Lee"), "5", "true"};
        String[] copy = unknown.clone();
        roster.shareTexts(DirectoryTable.STUDENT, unknown);
        assertArrayEquals(copy, unknown);
        for (int i = 0; i < copy.length; i++) {
            assertSame(copy[i], unknown[i]);
        }

        String[] link = {fresh("s-1|g-1"), "a", "b", "true"};
        String linkId = link[0];
        roster.shareTexts(DirectoryTable.GUARDIANSHIP, link);
        assertSame(linkId, link[0]);

        String[] enrollment = {fresh("e-1"), "x", "y", "true"};
        roster.shareTexts(DirectoryTable.ENROLLMENT, enrollment);
        assertSame(roster.enrollments.get("e-1").sourcedId(), enrollment[0]);

        String[] withoutId = {null, null, "A", "B", "5", "true"};
        roster.shareTexts(DirectoryTable.STUDENT, withoutId);
        assertEquals(null, withoutId[0]);
    }
}
