package org.tandem.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.events.EventFixtures;
import org.tandem.messaging.Messaging;
import org.tandem.platform.outbox.DomainEvents;
import org.tandem.testsupport.Api;
import org.tandem.testsupport.TestDistrict;

/**
 * Student A of a test district with a record in every feature, written through the API: a unique
 * name and information-system id, a student thread with replies, an edit, a human translation and a
 * report; an agreed goal with check-ins and a comment; a celebration with a reaction and a reply; an
 * RSVP and a conference booking; an invitation; audit events; outbox events; stored idempotent responses.
 */
final class StudentRecords {

    // Unique per fixture, so that a scan finds this student and no other test's.
    final String GIVEN = "Zeph" + letters();
    final String FAMILY = "Quill" + letters();
    final String SOURCED = "sis-" + UUID.randomUUID();

    final TestDistrict d;
    String thread;
    String firstMessage;
    String goal;
    String checkIn;
    String celebration;
    String event;
    String conference;
    String booking;
    String invitation;

    private StudentRecords(TestDistrict d) {
        this.d = d;
    }

    List<String> phrases() {
        return List.of(GIVEN, FAMILY, SOURCED);
    }

    private static String letters() {
        StringBuilder b = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    static StudentRecords of(TestDistrict d) {
        StudentRecords r = new StudentRecords(d);
        // An integration that receives every kind of event: its deliveries name the student's records too.
        Api.validated(d.districtAdmin()).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/privacy-test", "description", "privacy test receiver",
                        "eventTypes", List.of("message.posted", "goal.proposed", "goal.agreed", "goal.checked_in",
                                "celebration.posted", "conference.booked", "event.created")))
                .post("/api/v1/webhook-endpoints").then().statusCode(201);
        d.inTenant(em -> em.createNativeQuery("UPDATE student SET given_name = ?1, family_name = ?2, sourced_id = ?3 WHERE id = ?4")
                .setParameter(1, r.GIVEN).setParameter(2, r.FAMILY).setParameter(3, r.SOURCED).setParameter(4, d.studentA).executeUpdate());
        r.messaging();
        r.goals();
        r.celebrations();
        r.events();
        // The goal's achievement celebrated, linked both ways (a deletion must release the links first).
        d.inTenant(em -> {
            em.createNativeQuery("UPDATE goal SET celebration_id = ?1 WHERE id = ?2").setParameter(1, UUID.fromString(r.celebration))
                    .setParameter(2, UUID.fromString(r.goal)).executeUpdate();
            em.createNativeQuery("UPDATE celebration SET goal_id = ?1 WHERE id = ?2").setParameter(1, UUID.fromString(r.goal))
                    .setParameter(2, UUID.fromString(r.celebration)).executeUpdate();
        });
        r.invitation = Api.validated(d.teacherA()).contentType("application/json")
                .body(Map.of("email", "grandma.q@family.test", "relationship", "grandparent"))
                .post("/api/v1/students/{id}/invitations", d.studentA).then().statusCode(201).extract().path("id");
        Api.validated(d.schoolAdmin()).get("/api/v1/students/" + d.studentA).then().statusCode(200);
        DomainEvents events = Arc.container().instance(DomainEvents.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(d.tenantId, "goals.goal_agreed", UUID.fromString(r.goal), d.guardianAAccount, Map.of("studentId", d.studentA.toString()));
            events.publish(d.tenantId, "messaging.message_posted", UUID.fromString(r.firstMessage), d.teacherAAccount,
                    Map.of("threadId", r.thread));
            events.publish(d.tenantId, "celebrations.celebrated", null, d.teacherAAccount, Map.of("title", "For " + r.GIVEN + " " + r.FAMILY));
            events.publish(d.tenantId, "directory.student_changed", d.studentB, null, Map.of("studentId", d.studentB.toString()));
        });
        r.fanOut();
        return r;
    }

    /**
     * Runs the outbox's consumers until both have passed the district's last event, so that the
     * student's records have reached the notifications feed and the webhook deliveries (events become
     * readable once every older transaction on the database server has ended).
     */
    private void fanOut() {
        org.tandem.notifications.fanout.NotificationFanOut notifications =
                Arc.container().instance(org.tandem.notifications.fanout.NotificationFanOut.class).get();
        org.tandem.webhooks.WebhookFanOut webhooks = Arc.container().instance(org.tandem.webhooks.WebhookFanOut.class).get();
        javax.sql.DataSource ds = Arc.container().instance(javax.sql.DataSource.class).get();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (true) {
            notifications.drain();
            webhooks.fanOutOnce();
            if (bothPassedTheLastEvent(ds)) {
                liveEventsSettle(ds);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The outbox's consumers never passed the district's last event");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Live updates store their events a moment after the commits that caused them: wait until none arrive. */
    private void liveEventsSettle(javax.sql.DataSource ds) {
        long previous = -1;
        for (int quietRounds = 0, rounds = 0; quietRounds < 5 && rounds < 200; rounds++) {
            long now = count(ds, "SELECT count(*) FROM live_event WHERE tenant_id = ?");
            quietRounds = now == previous ? quietRounds + 1 : 0;
            previous = now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long count(javax.sql.DataSource ds, String query) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, d.tenantId.toString());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean bothPassedTheLastEvent(javax.sql.DataSource ds) {
        try (java.sql.Connection c = ds.getConnection(); java.sql.PreparedStatement s = c.prepareStatement("""
                SELECT count(*) FROM outbox_consumer o, (SELECT tx_id, id FROM domain_event WHERE tenant_id = ?
                                                       ORDER BY tx_id DESC, id DESC LIMIT 1) last
                WHERE o.name IN ('notifications', 'webhooks') AND (o.last_tx, o.last_id) >= (last.tx_id, last.id)""")) {
            s.setString(1, d.tenantId.toString());
            try (java.sql.ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) == 2;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void messaging() {
        thread = Api.validated(d.teacherA()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("kind", "student", "subject", "About " + GIVEN, "studentId", d.studentA.toString(),
                        "message", Map.of("body", GIVEN + " " + FAMILY + " read a whole chapter today")))
                .post("/api/v1/threads").then().statusCode(201).extract().path("id");
        firstMessage = Messaging.firstMessage(d.teacherA(), thread);
        String reply = Messaging.post(d.guardianA(), thread, "Thank you! " + GIVEN + " loved it").then().statusCode(201)
                .extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "Thank you! She loved it"))
                .patch("/api/v1/threads/" + thread + "/messages/" + reply).then().statusCode(200);
        Api.validated(d.teacherA()).contentType("application/json").body(Map.of("body", GIVEN + " leyó un capítulo"))
                .put("/api/v1/threads/" + thread + "/messages/" + firstMessage + "/translations/es").then().statusCode(200);
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("reason", "other", "note", "About " + GIVEN))
                .post("/api/v1/threads/" + thread + "/messages/" + firstMessage + "/reports").then().statusCode(201);
    }

    private void goals() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", GIVEN + " reads more fluently");
        body.put("category", "academic");
        body.put("startDate", LocalDate.now().minusDays(30).toString());
        body.put("targetDate", LocalDate.now().plusDays(60).toString());
        body.put("target", Map.of("baseline", 52, "target", 90, "unit", "words per minute", "direction", "higher"));
        goal = Api.validated(d.teacherA()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(body).post("/api/v1/students/" + d.studentA + "/goals").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("to", "active"))
                .post("/api/v1/goals/" + goal + "/transitions").then().statusCode(200);
        checkIn = Api.validated(d.teacherA()).contentType("application/json").body(Map.of("value", 61, "note", GIVEN + " improved"))
                .post("/api/v1/goals/" + goal + "/check-ins").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "Proud of " + GIVEN))
                .post("/api/v1/goals/" + goal + "/check-ins/" + checkIn + "/comments").then().statusCode(201);
    }

    private void celebrations() {
        celebration = Api.validated(d.teacherA()).header("Idempotency-Key", UUID.randomUUID().toString()).contentType("application/json")
                .body(Map.of("title", GIVEN + " helped a classmate", "message", "Thank you " + GIVEN, "category", "kindness"))
                .post("/api/v1/students/" + d.studentA + "/celebrations").then().statusCode(201).extract().path("id");
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("reaction", "heart"))
                .post("/api/v1/celebrations/" + celebration + "/reactions").then().statusCode(201);
        Api.validated(d.guardianA()).contentType("application/json").body(Map.of("body", "So proud of " + GIVEN))
                .post("/api/v1/celebrations/" + celebration + "/replies").then().statusCode(201);
    }

    private void events() {
        event = EventFixtures.classAEvent(d, null);
        EventFixtures.rsvp(d.guardianA(), event, "yes", 2, 1).then().statusCode(org.hamcrest.Matchers.lessThan(300));
        Map<String, Object> draft = new HashMap<>(Map.of("title", "Fall conferences", "classId", d.classA.toString(),
                "timeZone", "America/Chicago", "dates", List.of(LocalDate.now().plusDays(7).toString()), "startTime", "15:00",
                "endTime", "16:00", "slotMinutes", 15, "breakMinutes", 5, "mode", "in_person"));
        draft.put("place", "Room 12");
        JsonPath c = Api.validated(d.teacherA()).contentType("application/json").body(draft).post("/api/v1/conferences")
                .then().statusCode(201).extract().jsonPath();
        conference = c.getString("id");
        booking = Api.validated(d.guardianA()).contentType("application/json")
                .body(Map.of("slotId", c.getString("slots[0].id"), "studentId", d.studentA.toString()))
                .post("/api/v1/conferences/" + conference + "/bookings").then().statusCode(201).extract().path("id");
    }
}
