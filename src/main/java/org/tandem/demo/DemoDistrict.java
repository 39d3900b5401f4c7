package org.tandem.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.directory.AcademicTerm;
import org.tandem.directory.District;
import org.tandem.directory.Enrollment;
import org.tandem.directory.Guardian;
import org.tandem.directory.Guardianship;
import org.tandem.directory.Relationship;
import org.tandem.directory.School;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.Student;
import org.tandem.directory.TeachingAssignment;
import org.tandem.identity.Account;
import org.tandem.identity.PasswordHasher;
import org.tandem.identity.token.ApiClient;
import org.tandem.platform.tenancy.TenantScope;

/**
 * A demo district for trying Tandem out (`make run`): one school, three classes, teachers, a
 * principal, a superintendent, families including a separated household and a parent under a
 * no-contact order, and an integrator client. Created once, when enabled, if absent.
 */
@ApplicationScoped
class DemoDistrict {

    static final UUID ID = UUID.fromString("d3e0d3e0-0000-4000-8000-000000000001");
    private static final Logger LOG = Logger.getLogger(DemoDistrict.class);

    private final boolean enabled;
    private final String password;
    private final PasswordHasher hasher;
    private final EntityManager em;
    private final TenantScope tenants;

    private final Clock clock;
    private final Instance<DemoSection> sections;
    private final DemoDirectory directory;

    DemoDistrict(DemoSettings settings, PasswordHasher hasher, EntityManager em, TenantScope tenants, Clock clock,
            Instance<DemoSection> sections, DemoDirectory directory) {
        this.tenants = tenants;
        this.sections = sections;
        this.directory = directory;
        this.enabled = settings.enabled();
        this.password = settings.password();
        this.clock = clock;
        this.hasher = hasher;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        boolean created = tenants.inNewTransaction(ID, () -> {
            if (em.find(District.class, ID) != null) {
                return false;
            }
            populate(hasher.hash(password));
            return true;
        });
        List<String> added = tenants.inNewTransaction(ID, this::populateSections);
        LOG.infof("%s demo district 'demo'%s. Sign in with any of these emails and the password '%s':%n%s",
                created ? "Created the" : "Using the",
                added.isEmpty() ? "" : " (added: " + String.join(", ", added) + ")",
                password, String.join("\n", DemoPeople.LOGINS));
    }

    /** Each feature's demo data that is not there yet (see {@link DemoSection}); answers the names added. */
    private List<String> populateSections() {
        List<String> added = new ArrayList<>();
        List<DemoSection> ordered = sections.stream()
                .sorted(Comparator.comparingInt(DemoSection::order).thenComparing(DemoSection::name)).toList();
        for (DemoSection section : ordered) {
            if (!section.present(directory)) {
                section.populate(directory);
                added.add(section.name());
            }
        }
        return added;
    }

    private void populate(String passwordHash) {
        em.persist(new District(ID, "Riverside Unified (demo)", "demo", "America/Chicago"));
        School school = persist(new School("Riverside Elementary", "America/Chicago", "demo-school-1"));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 15);
        AcademicTerm term = persist(new AcademicTerm(school.id(), "School year " + start.getYear() + "–"
                + (start.getYear() + 1), start, start.plusYears(1).minusDays(1), "demo-term-1"));
        SchoolClass grade3 = persist(new SchoolClass(school.id(), term.id(), "Grade 3 – Room 12", "Homeroom", "3", "demo-class-3"));
        SchoolClass grade5 = persist(new SchoolClass(school.id(), term.id(), "Grade 5 – Room 21", "Homeroom", "5", "demo-class-5"));
        SchoolClass art = persist(new SchoolClass(school.id(), term.id(), "Art", "Art", null, "demo-class-art"));

        Account rivera = account(DemoPeople.TEACHER, "Maria Rivera", passwordHash);
        Account chen = account(DemoPeople.SECOND_TEACHER, "David Chen", passwordHash);
        Account okafor = account(DemoPeople.PRINCIPAL, "Grace Okafor", passwordHash);
        Account superintendent = account(DemoPeople.SUPERINTENDENT, "Sam Whitfield", passwordHash);
        superintendent.grantDistrictAdmin();

        Staff riveraStaff = staff(school, rivera, "Maria", "Rivera", Staff.Kind.TEACHER);
        Staff chenStaff = staff(school, chen, "David", "Chen", Staff.Kind.TEACHER);
        staff(school, okafor, "Grace", "Okafor", Staff.Kind.SCHOOL_ADMIN);
        assign(riveraStaff, grade3, TeachingAssignment.Role.PRIMARY);
        assign(riveraStaff, art, TeachingAssignment.Role.PRIMARY);
        assign(chenStaff, grade5, TeachingAssignment.Role.PRIMARY);

        Student maya = student(school, "Maya", "Lopez", "3", grade3, art);
        Student leo = student(school, "Leo", "Lopez", "5", grade5);
        Student ava = student(school, "Ava", "Kim", "3", grade3, art);
        Student noah = student(school, "Noah", "Smith", "5", grade5);
        Student sofia = student(school, "Sofia", "Rivera", "5", grade5);

        Guardian ana = guardian(account(DemoPeople.GUARDIAN, "Ana Lopez", passwordHash), "Ana", "Lopez", "es");
        link(maya, ana, Relationship.MOTHER, true, false);
        link(leo, ana, Relationship.MOTHER, true, false);
        // A separated household: both parents hold rights and each has their own account.
        Guardian jin = guardian(account(DemoPeople.SEPARATED_MOTHER, "Jin Kim", passwordHash), "Jin", "Kim", "ko");
        Guardian daniel = guardian(account(DemoPeople.SEPARATED_FATHER, "Daniel Park", passwordHash), "Daniel", "Park", "en");
        link(ava, jin, Relationship.MOTHER, true, false);
        link(ava, daniel, Relationship.FATHER, true, false);
        Guardian emma = guardian(account(DemoPeople.NOAH_MOTHER, "Emma Smith", passwordHash), "Emma", "Smith", "en");
        link(noah, emma, Relationship.MOTHER, true, false);
        // A court order: this father is linked but must see and receive nothing about Noah.
        Guardian robert = guardian(account(DemoPeople.NO_CONTACT, "Robert Smith", passwordHash), "Robert", "Smith", "en");
        link(noah, robert, Relationship.FATHER, false, true);
        // One person, one account: Ms. Rivera teaches and is also Sofia's mother.
        Guardian riveraParent = guardian(rivera, "Maria", "Rivera", "en");
        link(sofia, riveraParent, Relationship.MOTHER, true, false);

        em.persist(new ApiClient(DemoPeople.CLIENT_ID, hasher.hash(DemoPeople.CLIENT_SECRET), "Demo SIS",
                List.of("directory.read", "roster.read", "roster.write")));
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private Account account(String email, String name, String passwordHash) {
        return persist(new Account(email, name, passwordHash));
    }

    private Staff staff(School school, Account account, String given, String family, Staff.Kind kind) {
        Staff staff = new Staff(school.id(), given, family, account.email(), kind, null);
        staff.linkAccount(account.id());
        return persist(staff);
    }

    private void assign(Staff staff, SchoolClass schoolClass, TeachingAssignment.Role role) {
        persist(new TeachingAssignment(staff.id(), schoolClass.id(), role, null));
    }

    private Student student(School school, String given, String family, String grade, SchoolClass... classes) {
        Student student = persist(new Student(school.id(), given, family, grade, null));
        for (SchoolClass schoolClass : classes) {
            persist(new Enrollment(student.id(), schoolClass.id(), null));
        }
        return student;
    }

    private Guardian guardian(Account account, String given, String family, String language) {
        Guardian guardian = new Guardian(given, family, account.email(), null, language, null);
        guardian.linkAccount(account.id());
        return persist(guardian);
    }

    private void link(Student student, Guardian guardian, Relationship relationship, boolean rights, boolean noContact) {
        persist(new Guardianship(student.id(), guardian.id(), relationship, rights, Guardianship.Permissions.ALL,
                noContact, null));
    }
}
