package org.tandem.messaging;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.testsupport.Api;

/** Small request helpers for messaging tests. */
public final class Messaging {

    private Messaging() {
    }

    public static Response startStudentThread(String token, UUID student, String body) {
        return Api.validated(token).contentType("application/json")
                .body(Map.of("kind", "student", "subject", "About " + student, "studentId", student.toString(),
                        "message", Map.of("body", body)))
                .post("/api/v1/threads");
    }

    public static String studentThread(String token, UUID student, String body) {
        Response r = startStudentThread(token, student, body);
        r.then().statusCode(201);
        return r.jsonPath().getString("id");
    }

    /**
     * A direct thread of a staff member with one guardian (directory id): another thread each time
     * (a student has one student thread; starting it again returns it).
     */
    public static String directThread(String token, UUID guardian, String body) {
        Response r = Api.validated(token).contentType("application/json")
                .body(Map.of("kind", "direct", "guardianIds", List.of(guardian.toString()), "message", Map.of("body", body)))
                .post("/api/v1/threads");
        r.then().statusCode(201);
        return r.jsonPath().getString("id");
    }

    public static Response post(String token, String thread, String body) {
        return Api.validated(token).contentType("application/json").body(Map.of("body", body))
                .post("/api/v1/threads/" + thread + "/messages");
    }

    public static Response post(String token, String thread, Map<String, Object> message) {
        return Api.validated(token).contentType("application/json").body(message)
                .post("/api/v1/threads/" + thread + "/messages");
    }

    public static int unread(String token, String thread) {
        return Api.validated(token).get("/api/v1/threads/" + thread).then().statusCode(200).extract().path("unreadCount");
    }

    public static long total(String token) {
        return ((Number) Api.validated(token).get("/api/v1/threads/unread-count").then().statusCode(200)
                .extract().path("total")).longValue();
    }

    public static void markRead(String token, String thread, long seq) {
        Api.validated(token).contentType("application/json").body(Map.of("seq", seq))
                .post("/api/v1/threads/" + thread + "/read").then().statusCode(200);
    }

    public static List<String> inboxIds(String token) {
        return Api.validated(token).get("/api/v1/threads").then().statusCode(200).extract().path("items.id");
    }

    /** The id of the newest message on a thread's first page. */
    public static String firstMessage(String token, String thread) {
        return Api.validated(token).get("/api/v1/threads/" + thread + "/messages").then().statusCode(200)
                .extract().path("items[0].id");
    }
}
