package org.tandem.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.access.Connections;
import org.tandem.directory.Guardian;
import org.tandem.directory.Household;
import org.tandem.directory.School;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Student;
import org.tandem.events.conferences.Conference;
import org.tandem.events.conferences.ConferenceBooking;
import org.tandem.events.conferences.ConferenceSlot;
import org.tandem.events.event.Event;
import org.tandem.events.event.EventDetails;
import org.tandem.events.rsvp.Rsvp;
import org.tandem.events.rsvp.RsvpRepository;

/**
 * Events and conferences in the demo district: an open house with a waitlist, a Grade 5 performance
 * near capacity, and Grade 3 conferences next week with a few slots booked, Ava's two households
 * (her mother's and her father's, marked as living apart) each holding one.
 */
@ApplicationScoped
class EventsDemo implements DemoSection {

    static final String OPEN_HOUSE = "Riverside open house";

    private final Connections connections;
    private final RsvpRepository rsvps;

    EventsDemo(Connections connections, RsvpRepository rsvps) {
        this.connections = connections;
        this.rsvps = rsvps;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public boolean present(DemoDirectory demo) {
        return !demo.em().createQuery("SELECT e.id FROM Event e WHERE e.title = :t", UUID.class)
                .setParameter("t", OPEN_HOUSE).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void populate(DemoDirectory demo) {
        EntityManager em = demo.em();
        School school = demo.school();
        ZoneId zone = ZoneId.of(school.timeZone());
        LocalDate today = LocalDate.now(demo.clock().withZone(zone));
        UUID principal = demo.account(DemoPeople.PRINCIPAL).id();

        Guardian ana = demo.guardian(DemoPeople.GUARDIAN);
        Guardian jin = demo.guardian(DemoPeople.SEPARATED_MOTHER);
        Guardian daniel = demo.guardian(DemoPeople.SEPARATED_FATHER);
        Guardian emma = demo.guardian(DemoPeople.NOAH_MOTHER);
        Guardian sofiasMother = demo.guardian(DemoPeople.TEACHER);
        // Ava's parents live apart: her father gets a household of his own; her mother keeps the default one.
        Household apart = new Household();
        em.persist(apart);
        daniel.liveIn(apart.id());
        em.flush();
        Map<UUID, UUID> home = connections.householdsOf(List.of(ana.id(), jin.id(), daniel.id(), emma.id(), sofiasMother.id()));

        LocalDate nextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Event openHouse = event(em, school, null, principal, OPEN_HOUSE, "open_house",
                "Meet the teachers, see the classrooms and the new library.", nextWeek.plusDays(3).atTime(17, 30),
                nextWeek.plusDays(3).atTime(19, 0), zone, "Riverside Elementary, main hall", 6);
        answer(em, openHouse, home.get(ana.id()), "yes", 1, 2, ana.accountId(), false);
        answer(em, openHouse, home.get(emma.id()), "yes", 1, 0, emma.accountId(), false);
        answer(em, openHouse, home.get(jin.id()), "yes", 0, 1, jin.accountId(), true);

        SchoolClass grade5 = demo.schoolClass("demo-class-5");
        Event performance = event(em, school, grade5, demo.account(DemoPeople.SECOND_TEACHER).id(),
                "Grade 5 spring performance", "performance", "Songs and a short play by Grade 5.",
                nextWeek.plusDays(11).atTime(18, 0), nextWeek.plusDays(11).atTime(19, 30), zone, "Gym", 10);
        answer(em, performance, home.get(ana.id()), "yes", 1, 1, ana.accountId(), false);
        answer(em, performance, home.get(emma.id()), "yes", 2, 0, emma.accountId(), false);
        answer(em, performance, home.get(sofiasMother.id()), "yes", 1, 0, sofiasMother.accountId(), false);

        SchoolClass grade3 = demo.schoolClass("demo-class-3");
        Conference conference = new Conference(demo.staff(DemoPeople.TEACHER).id(), school.id(), grade3.id(),
                "Grade 3 fall conferences", zone, "in_person", "Room 12", null, 15, 5);
        em.persist(conference);
        List<ConferenceSlot> slots = new java.util.ArrayList<>();
        for (LocalDate day : List.of(nextWeek.plusDays(1), nextWeek.plusDays(2))) {
            for (LocalTime t = LocalTime.of(15, 0); !t.plusMinutes(15).isAfter(LocalTime.of(18, 0)); t = t.plusMinutes(20)) {
                ConferenceSlot slot = new ConferenceSlot(conference.id(), day.atTime(t), day.atTime(t).plusMinutes(15), zone);
                em.persist(slot);
                slots.add(slot);
            }
        }
        em.flush();
        Student maya = demo.student("Maya");
        Student ava = demo.student("Ava");
        em.persist(new ConferenceBooking(slots.get(0), maya.id(), ana.id(), home.get(ana.id()), ana.accountId()));
        em.persist(new ConferenceBooking(slots.get(2), ava.id(), jin.id(), home.get(jin.id()), jin.accountId()));
        em.persist(new ConferenceBooking(slots.get(4), ava.id(), daniel.id(), home.get(daniel.id()), daniel.accountId()));
        // The teacher keeps the last slot of the first day for herself.
        blockLastOfFirstDay(slots, nextWeek.plusDays(1));
    }

    private static void blockLastOfFirstDay(List<ConferenceSlot> slots, LocalDate day) {
        slots.stream().filter(s -> s.startsLocal().toLocalDate().equals(day)).reduce((a, b) -> b)
                .ifPresent(ConferenceSlot::blockForDemo);
    }

    private static Event event(EntityManager em, School school, SchoolClass schoolClass, UUID by, String title, String kind,
                               String description, LocalDateTime start, LocalDateTime end, ZoneId zone, String place,
                               Integer capacity) {
        Event event = new Event(school.id(), schoolClass == null ? "school" : "class",
                schoolClass == null ? null : schoolClass.id(), by, new EventDetails(title, description, kind, start, end,
                zone, start.atZone(zone).toInstant(), end.atZone(zone).toInstant(), place, null, capacity, null, true, 4));
        em.persist(event);
        return event;
    }

    private void answer(EntityManager em, Event event, UUID household, String answer, int adults, int children,
                        UUID by, boolean waitlisted) {
        Rsvp rsvp = new Rsvp(event.id(), household);
        rsvp.answer(answer, adults, children, null, by, event.createdAt());
        if (waitlisted) {
            rsvp.waitlist(rsvps.nextWaitlistSeq());
        } else {
            rsvp.confirm();
        }
        em.persist(rsvp);
    }
}
