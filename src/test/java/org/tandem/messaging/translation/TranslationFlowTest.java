package org.tandem.messaging.translation;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.messaging.Messaging;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/** Machine translation end to end, against a LibreTranslate stub on 127.0.0.1. */
@QuarkusTest
@TestProfile(LibreTranslateStub.Profile.class)
class TranslationFlowTest {

    @Inject
    TranslationWorker worker;

    private TestDistrict d;

    @BeforeEach
    void aSpanishSpeakingParent() {
        LibreTranslateStub.failing = false;
        d = TestDistrict.create();
        Api.validated(d.guardianA()).contentType("application/merge-patch+json")
                .body("{\"preferredLanguage\": \"es\"}").patch("/api/v1/me").then().statusCode(200);
    }

    @AfterEach
    void providerBackUp() {
        LibreTranslateStub.failing = false;
    }

    @Test
    void aReaderGetsTheMessageInTheirLanguageOnceTheWorkerHasRun() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "The field trip is on Friday");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items[0].translation", nullValue());
        renditions(d.guardianA(), thread, message).then().body("pendingLanguages", equalTo(List.of("es")));

        runWorker();

        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .body("items[0].body", equalTo("The field trip is on Friday"))
                .body("items[0].language", equalTo("en"))
                .body("items[0].translation.language", equalTo("es"))
                .body("items[0].translation.body", equalTo("[es] The field trip is on Friday"))
                .body("items[0].translation.source", equalTo("machine"));
        Api.validated(d.teacherA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("translation", nullValue());
        renditions(d.teacherA(), thread, message).then()
                .body("renditions.language", equalTo(List.of("es")))
                .body("renditions[0].source", equalTo("machine"))
                .body("pendingLanguages", empty());
        JsonNode sent = sentFor("The field trip is on Friday").get(0);
        assertEquals("en", sent.path("source").asText());
        assertEquals("es", sent.path("target").asText());
        assertEquals("text", sent.path("format").asText());
        assertEquals("test-key", sent.path("api_key").asText());
    }

    @Test
    void workIsQueuedOnlyForLanguagesThatDifferFromTheMessages() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Welcome");
        Messaging.post(d.guardianA(), thread, "Gracias, maestra").then().statusCode(201)
                .body("language", equalTo("es"));
        String reply = Messaging.firstMessage(d.teacherA(), thread);
        assertEquals(List.of("en"), jobs(reply).stream().map(j -> (String) j[0]).toList());
    }

    @Test
    void aFailingProviderNeverBreaksAPostAndIsRetriedWithBackoff() {
        LibreTranslateStub.failing = true;
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Picture day is Tuesday");
        String message = Messaging.firstMessage(d.teacherA(), thread);

        runWorker();
        Object[] job = jobs(message).get(0);
        assertEquals("pending", job[1]);
        assertEquals(1, ((Number) job[2]).intValue());
        assertNotNull(job[3]);
        assertTrue(instant(job[4]).isAfter(Instant.now().plus(Duration.ofSeconds(50))), "retried after the backoff");
        runWorker();
        assertEquals(1, sentFor("Picture day is Tuesday").size(), "not retried before it is due");
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then().statusCode(200)
                .body("body", equalTo("Picture day is Tuesday")).body("translation", nullValue());

        LibreTranslateStub.failing = false;
        timePasses(message);
        runWorker();
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("translation.body", equalTo("[es] Picture day is Tuesday"));
        assertEquals("done", jobs(message).get(0)[1]);
    }

    @Test
    void aJobIsGivenUpAfterItsLastAttempt() {
        LibreTranslateStub.failing = true;
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Bring a coat");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        for (int attempt = 0; attempt < 4; attempt++) {
            runWorker();
            timePasses(message);
        }
        Object[] job = jobs(message).get(0);
        assertEquals("failed", job[1]);
        assertEquals(3, ((Number) job[2]).intValue());
        assertEquals(3, sentFor("Bring a coat").size());
        renditions(d.guardianA(), thread, message).then().body("renditions", empty()).body("pendingLanguages", empty());
    }

    @Test
    void aHumanTranslationReplacesTheMachinesAndIsNeverOverwritten() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Conferences start Monday");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        runWorker();
        translate(d.teacherA(), thread, message, "es", "Las conferencias empiezan el lunes").then().statusCode(200)
                .body("source", equalTo("human")).body("translatedBy", equalTo(d.teacherAAccount.toString()));
        runWorker();
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("translation.body", equalTo("Las conferencias empiezan el lunes"))
                .body("translation.source", equalTo("human"));
        assertEquals(1, sentFor("Conferences start Monday").size());
    }

    @Test
    void aHumanTranslationBeforeTheWorkerRunsSparesTheProvider() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Library books are due");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        translate(d.teacherA(), thread, message, "es", "Los libros vencen").then().statusCode(200);
        runWorker();
        assertEquals(0, sentFor("Library books are due").size());
        renditions(d.guardianA(), thread, message).then().body("renditions[0].source", equalTo("human"))
                .body("pendingLanguages", empty());
    }

    @Test
    void editingAMessageRedoesItsTranslations() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Lunch at noon");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        runWorker();
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", "Lunch at one"))
                .patch("/api/v1/threads/" + thread + "/messages/" + message).then().statusCode(200);
        renditions(d.guardianA(), thread, message).then().body("renditions", empty())
                .body("pendingLanguages", equalTo(List.of("es")));
        runWorker();
        Api.validated(d.guardianA()).get("/api/v1/threads/" + thread + "/messages/" + message).then()
                .body("translation.body", equalTo("[es] Lunch at one"));
    }

    @Test
    void deletingAMessageTakesItsTranslationsWithIt() {
        String thread = Messaging.studentThread(d.teacherA(), d.studentA, "Secret plans");
        String message = Messaging.firstMessage(d.teacherA(), thread);
        runWorker();
        Api.validated(d.teacherA()).delete("/api/v1/threads/" + thread + "/messages/" + message).then().statusCode(200);
        assertEquals(0, jobs(message).size());
        AtomicReference<Number> left = new AtomicReference<>();
        d.inTenant(em -> left.set((Number) em.createNativeQuery(
                        "SELECT count(*) FROM message_translation WHERE message_id = CAST(:m AS uuid)")
                .setParameter("m", message).getSingleResult()));
        assertEquals(0, left.get().intValue());
    }

    private io.restassured.response.Response translate(String token, String thread, String message, String language,
                                                       String body) {
        return Api.validated(token).contentType("application/json").body(Map.of("body", body))
                .put("/api/v1/threads/" + thread + "/messages/" + message + "/translations/" + language);
    }

    private static io.restassured.response.Response renditions(String token, String thread, String message) {
        var response = Api.validated(token).get("/api/v1/threads/" + thread + "/messages/" + message + "/translations");
        response.then().statusCode(200);
        return response;
    }

    /** Runs the worker as the scheduler would: on a thread of its own, until nothing is due. */
    private void runWorker() {
        CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 20 && worker.processDue() > 0; round++) {
                // keep going while there is due work
            }
        }).join();
    }

    private void timePasses(String message) {
        d.inTenant(em -> em.createNativeQuery(
                        "UPDATE translation_job SET next_attempt_at = now() WHERE message_id = CAST(:m AS uuid)")
                .setParameter("m", message).executeUpdate());
    }

    /** language, state, attempts, last_error, next_attempt_at of the message's jobs. */
    private List<Object[]> jobs(String message) {
        AtomicReference<List<Object[]>> rows = new AtomicReference<>();
        d.inTenant(em -> rows.set(em.createNativeQuery("""
                        SELECT language, state, attempts, last_error, next_attempt_at FROM translation_job
                        WHERE message_id = CAST(:m AS uuid) ORDER BY language""", Object[].class)
                .setParameter("m", message).getResultList()));
        return rows.get();
    }

    private static List<JsonNode> sentFor(String text) {
        return LibreTranslateStub.requests.stream().filter(r -> text.equals(r.path("q").asText())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        throw new IllegalArgumentException(String.valueOf(value));
    }
}
