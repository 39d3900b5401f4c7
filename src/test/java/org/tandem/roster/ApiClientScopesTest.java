package org.tandem.roster;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.token.ApiClient;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** District administrators grant integrator clients their scopes; the token endpoint issues them. */
@QuarkusTest
class ApiClientScopesTest {

    private TestDistrict d;
    private UUID clientId;
    private String clientName;

    @BeforeEach
    void client() {
        d = TestDistrict.create();
        clientName = "sis-" + d.tenantId;
        PasswordHasher hasher = Arc.container().instance(PasswordHasher.class).get();
        clientId = d.inTenantReturning(em -> {
            ApiClient client = new ApiClient(clientName, hasher.hash("client-secret-1234"), "SIS", List.of());
            em.persist(client);
            return client.id();
        });
    }

    private io.restassured.response.Response token() {
        return Api.validated().contentType("application/x-www-form-urlencoded")
                .body(Api.form("grant_type", "client_credentials", "client_id", clientName,
                        "client_secret", "client-secret-1234")).post("/api/v1/auth/token");
    }

    @Test
    void aGrantedScopeIsIssuedAndOpensTheDirectory() {
        Api.validated(d.districtAdmin()).get("/api/v1/api-clients").then().statusCode(200)
                .body("clientId", hasItem(clientName));
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("scopes", List.of("directory.read", "roster.read")))
                .put("/api/v1/api-clients/" + clientId + "/scopes").then().statusCode(200)
                .body("scopes", equalTo(List.of("directory.read", "roster.read")));
        String access = token().then().statusCode(200).body("scope", equalTo("directory.read roster.read"))
                .extract().path("access_token");
        Api.validated(access).get("/api/v1/students").then().statusCode(200);
        Api.responseValidated(access).contentType("application/zip").body(new byte[] {1})
                .post("/api/v1/roster/imports").then().statusCode(403);

        Api.validated(d.districtAdmin()).contentType("application/json").body(Map.of("scopes", List.of()))
                .put("/api/v1/api-clients/" + clientId + "/scopes").then().statusCode(200);
        String none = token().then().statusCode(200).extract().path("access_token");
        Api.responseValidated(none).get("/api/v1/students").then().statusCode(403);
    }

    @Test
    void onlyKnownScopesAreGrantedAndOnlyByDistrictAdministratorsOfTheClientsDistrict() {
        Api.responseValidated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("scopes", List.of("admin:everything")))
                .put("/api/v1/api-clients/" + clientId + "/scopes").then().statusCode(is(422));
        for (String token : List.of(d.schoolAdmin(), d.teacherA(), d.guardianA(),
                OneRosterPackages.integrator(d.tenantId, "roster.write", "directory.read"))) {
            Api.responseValidated(token).contentType("application/json").body(Map.of("scopes", List.of("roster.read")))
                    .put("/api/v1/api-clients/" + clientId + "/scopes").then().statusCode(403);
            Api.responseValidated(token).get("/api/v1/api-clients").then().statusCode(403);
        }
        TestDistrict other = TestDistrict.create();
        Api.responseValidated(other.districtAdmin()).contentType("application/json")
                .body(Map.of("scopes", List.of("roster.read")))
                .put("/api/v1/api-clients/" + clientId + "/scopes").then().statusCode(404);
    }
}
