package org.tandem.messaging.translation;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Human translations and who may make them; machine translation is not configured here. */
@QuarkusTest
class TranslationRulesTest {

    private TestDistrict d;
    private String thread;
    private String message;

    @BeforeEach
    void aThreadWithASpanishSpeakingParent() {
        d = TestDistrict.create();
        Api.validated(d.guardianA()).contentType("application/merge-patch+json")
                .body("{\"preferredLanguage\": \"es\"}").patch("/api/v1/me").then().statusCode(200);
        thread = Messaging.studentThread(d.teacherA(), d.studentA, "Homework is due Thursday");
        message = Messaging.firstMessage(d.teacherA(), thread);
    }

    private String path(String language) {
        return "/api/v1/threads/" + thread + "/messages/" + message + "/translations" + (language == null ? "" : "/" + language);
    }

    @Test
    void withoutAProviderNoMachineWorkIsQueued() {
        AtomicReference<Number> jobs = new AtomicReference<>();
        d.inTenant(em -> jobs.set((Number) em.createNativeQuery(
                "SELECT count(*) FROM translation_job WHERE message_id = CAST(:m AS uuid)").setParameter("m", message)
                .getSingleResult()));
        org.junit.jupiter.api.Assertions.assertEquals(0, jobs.get().intValue());
        Api.validated(d.guardianA()).get(path(null)).then().statusCode(200)
                .body("body", equalTo("Homework is due Thursday")).body("language", equalTo("en"))
                .body("renditions", empty()).body("pendingLanguages", empty());
    }

    @Test
    void staffOfTheThreadTranslateByHandAndReadersGetIt() {
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", "La tarea vence el jueves"))
                .put(path("es-MX")).then().statusCode(200)
                .body("language", equalTo("es-MX")).body("source", equalTo("human"));
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", "La tarea es para el jueves"))
                .put(path("es")).then().statusCode(200).body("language", equalTo("es"));
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("body", equalTo("Homework is due Thursday"))
                .body("translation.body", equalTo("La tarea es para el jueves"))
                .body("translation.source", equalTo("human"));
        Api.validated(d.guardianA()).get(path(null)).then().body("renditions.language", equalTo(List.of("es", "es-MX")));
    }

    @Test
    void familiesCannotTranslateAndOutsidersSeeNothing() {
        Api.responseValidated(d.guardianA()).contentType("application/json").body(Map.of("body", "Hola"))
                .put(path("es")).then().statusCode(403).body("code", equalTo("forbidden"));
        for (String outsider : List.of(d.guardianB(), d.teacherB(), d.noContactGuardian(), TestDistrict.create().teacherA())) {
            Api.responseValidated(outsider).contentType("application/json").body(Map.of("body", "Hola"))
                    .put(path("es")).then().statusCode(404);
            Api.responseValidated(outsider).get(path(null)).then().statusCode(404);
        }
        Api.validated(d.teacherA()).get(path(null)).then().body("renditions", empty());
    }

    @Test
    void badTranslationsAreRefusedAndChangeNothing() {
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hola"))
                .put(path("e")).then().statusCode(400).contentType("application/problem+json");
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hola"))
                .put(path("es_MX")).then().statusCode(400);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hello"))
                .put(path("en-GB")).then().statusCode(422).body("code", equalTo("same_language"));
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", " "))
                .put(path("es")).then().statusCode(422);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "x".repeat(8001)))
                .put(path("es")).then().statusCode(422);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hola", "source", "machine"))
                .put(path("es")).then().statusCode(400);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hola"))
                .put("/api/v1/threads/" + thread + "/messages/" + java.util.UUID.randomUUID() + "/translations/es")
                .then().statusCode(404);
        Api.validated(d.teacherA()).get(path(null)).then().body("renditions", empty());
    }

    @Test
    void aDeletedMessageCannotBeTranslated() {
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + thread + "/messages/" + message).then().statusCode(200);
        Api.responseValidated(d.teacherA()).contentType("application/json").body(Map.of("body", "Hola"))
                .put(path("es")).then().statusCode(409).body("code", equalTo("message_deleted"));
        Api.validated(d.guardianA()).get(path(null)).then().statusCode(200).body("renditions", empty());
    }
}
