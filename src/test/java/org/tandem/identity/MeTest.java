package org.tandem.identity;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

@QuarkusTest
class MeTest {

    private final TestDistrict d = TestDistrict.create();

    @Test
    void aGuardianSeesExactlyTheirOwnChildWithTheirPermissions() {
        Api.validated(d.guardianA()).get("/api/v1/me").then().statusCode(200)
                .body("students.id", equalTo(List.of(d.studentA.toString())))
                .body("students[0].link.relationship", equalTo("mother"))
                .body("students[0].link.mayMessageStaff", equalTo(true))
                .body("classes", empty());
    }

    @Test
    void aNoContactGuardianSeesNoStudent() {
        Api.validated(d.noContactGuardian()).get("/api/v1/me").then().statusCode(200).body("students", empty());
    }

    @Test
    void aTeacherSeesTheirClassAndItsStudentsOnly() {
        Api.validated(d.teacherA()).get("/api/v1/me").then().statusCode(200)
                .body("roles", equalTo(List.of("staff")))
                .body("classes.id", equalTo(List.of(d.classA.toString())))
                .body("students.id", equalTo(List.of(d.studentA.toString())))
                .body("students[0].link", equalTo(null));
    }

    @Test
    void aDistrictAdminHasNoClassesOfTheirOwn() {
        Api.validated(d.districtAdmin()).get("/api/v1/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("district_admin")).body("classes", empty());
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.responseValidated().get("/api/v1/me").then().statusCode(401);
    }
}
