package org.tandem.messaging.contacts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.access.AccessPolicy;
import org.tandem.access.Caller;
import org.tandem.access.ClassTeaching;
import org.tandem.access.Connections;
import org.tandem.access.GuardianLink;
import org.tandem.access.StaffMember;
import org.tandem.directory.DirectoryReads;
import org.tandem.directory.Guardian;
import org.tandem.directory.SchoolClass;
import org.tandem.directory.Staff;
import org.tandem.directory.Student;
import org.tandem.messaging.dto.ChildContacts;
import org.tandem.messaging.dto.ClassRef;
import org.tandem.messaging.dto.OfficeHoursView;
import org.tandem.messaging.dto.StudentFamily;
import org.tandem.messaging.officehours.OfficeHoursViews;
import org.tandem.platform.paging.CursorCodec;
import org.tandem.platform.paging.Page;
import org.tandem.platform.paging.PageRequest;
import org.tandem.platform.problem.ApiException;

/**
 * The people a caller may reach, shaped for the apps: a guardian's children with their teachers and
 * school contacts, a teacher's students with their families. Who is connected to whom is asked of
 * {@link Connections} through {@link AccessPolicy}; the ids returned are the ones that start threads.
 * Each list costs a fixed number of statements, whatever its size.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class Contacts {

    /** Where a page of families continues: after this student, in name order. */
    record FamilyPosition(String familyName, String givenName, UUID studentId) {
    }

    private static final Comparator<Student> BY_NAME = Comparator.comparing(Student::familyName)
            .thenComparing(Student::givenName).thenComparing(Student::id);

    private final AccessPolicy access;
    private final Connections connections;
    private final DirectoryReads directory;
    private final OfficeHoursViews officeHours;
    private final Caller caller;
    private final CursorCodec cursors;

    Contacts(AccessPolicy access, Connections connections, DirectoryReads directory, OfficeHoursViews officeHours,
             Caller caller, CursorCodec cursors) {
        this.access = access;
        this.connections = connections;
        this.directory = directory;
        this.officeHours = officeHours;
        this.caller = caller;
        this.cursors = cursors;
    }

    /** Each of the caller's children (current links only), with their teachers now and their school's contacts. */
    List<ChildContacts> schoolContacts() {
        Map<UUID, GuardianLink> links = new HashMap<>();
        access.ownLinks().forEach(link -> links.putIfAbsent(link.studentId(), link));
        List<Student> children = directory.students(links.keySet()).stream().filter(Student::active).toList();
        if (children.isEmpty()) {
            return List.of();
        }
        List<UUID> childIds = children.stream().map(Student::id).toList();
        List<ClassTeaching> teaching = connections.teachingByClassOf(childIds);
        List<StaffMember> schoolContacts = connections.schoolContactsOf(
                children.stream().map(Student::schoolId).collect(Collectors.toSet()));
        Set<UUID> staffIds = new HashSet<>();
        teaching.forEach(t -> staffIds.add(t.staffId()));
        schoolContacts.forEach(s -> staffIds.add(s.staffId()));
        Map<UUID, Staff> staff = byId(directory.staff(staffIds), Staff::id);
        Map<UUID, SchoolClass> classes = byId(directory.classes(
                teaching.stream().map(ClassTeaching::classId).collect(Collectors.toSet())), SchoolClass::id);
        // Office hours are shared with the families of the students one teaches (OfficeHoursAccess's rule).
        Map<UUID, UUID> teacherAccounts = new HashMap<>();
        teaching.forEach(t -> teacherAccounts.put(t.staffId(), t.accountId()));
        Map<UUID, OfficeHoursView> hours = officeHours.ofStaff(teacherAccounts);

        List<ChildContacts> result = new ArrayList<>();
        for (Student child : children) {
            GuardianLink link = links.get(child.id());
            Map<UUID, List<ClassRef>> classesOfTeacher = new HashMap<>();
            teaching.stream().filter(t -> t.studentId().equals(child.id())).forEach(t -> classesOfTeacher
                    .computeIfAbsent(t.staffId(), id -> new ArrayList<>()).add(classRef(classes.get(t.classId()))));
            List<ChildContacts.StaffContact> contacts = new ArrayList<>();
            sortedByName(classesOfTeacher.keySet(), staff).forEach(s -> contacts.add(new ChildContacts.StaffContact(
                    s.id(), s.givenName(), s.familyName(), wire(s.kind()),
                    classesOfTeacher.get(s.id()).stream().sorted(Comparator.comparing(ClassRef::name)).toList(),
                    hours.get(s.id()), link.mayMessageStaff() && s.accountId() != null)));
            Set<UUID> others = schoolContacts.stream()
                    .filter(c -> c.schoolId().equals(child.schoolId()) && !classesOfTeacher.containsKey(c.staffId()))
                    .map(StaffMember::staffId).collect(Collectors.toSet());
            sortedByName(others, staff).forEach(s -> contacts.add(new ChildContacts.StaffContact(s.id(), s.givenName(),
                    s.familyName(), wire(s.kind()), List.of(), null, false)));
            result.add(new ChildContacts(child.id(), child.givenName(), child.familyName(), child.grade(),
                    link.mayMessageStaff(), contacts));
        }
        return result;
    }

    /**
     * A page of the students the caller teaches now (of one of their classes when {@code classId} is
     * given), by name, each with the caller's classes they are in and their guardians.
     */
    Page<StudentFamily> families(UUID classId, PageRequest page) {
        Set<UUID> taught = access.taughtStudents();
        if (classId != null) {
            if (!access.taughtClasses().contains(classId)) {
                throw ApiException.notFound("Class " + classId);
            }
            taught = new LinkedHashSet<>(taught);
            taught.retainAll(connections.studentsOfClass(classId));
        }
        String list = "families:" + caller.accountId() + ":" + classId;
        FamilyPosition after = cursors.decode(list, page.cursor(), FamilyPosition.class);
        List<Student> rows = directory.students(taught).stream().filter(Student::active).sorted(BY_NAME)
                .filter(s -> after == null || isAfter(s, after)).limit(page.fetchSize()).toList();
        Page<Student> students = Page.of(rows, page, s -> s,
                s -> cursors.encode(list, new FamilyPosition(s.familyName(), s.givenName(), s.id())));
        return new Page<>(familiesOf(students.items()), students.nextCursor());
    }

    private List<StudentFamily> familiesOf(List<Student> students) {
        if (students.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = students.stream().map(Student::id).toList();
        Set<UUID> mine = caller.staffIds();
        List<ClassTeaching> myTeaching = connections.teachingByClassOf(ids).stream()
                .filter(t -> mine.contains(t.staffId())).toList();
        Map<UUID, SchoolClass> classes = byId(directory.classes(
                myTeaching.stream().map(ClassTeaching::classId).collect(Collectors.toSet())), SchoolClass::id);
        List<GuardianLink> links = connections.linksOfStudents(ids);
        Map<UUID, Guardian> guardians = byId(directory.guardians(
                links.stream().map(GuardianLink::guardianId).collect(Collectors.toSet())), Guardian::id);
        List<StudentFamily> result = new ArrayList<>();
        for (Student student : students) {
            List<ClassRef> theirClasses = myTeaching.stream().filter(t -> t.studentId().equals(student.id()))
                    .map(ClassTeaching::classId).distinct().map(classes::get).map(Contacts::classRef)
                    .sorted(Comparator.comparing(ClassRef::name)).toList();
            List<StudentFamily.FamilyContact> family = links.stream()
                    .filter(l -> l.studentId().equals(student.id()) && guardians.containsKey(l.guardianId()))
                    .map(l -> familyContact(l, guardians.get(l.guardianId())))
                    .sorted(Comparator.comparing(StudentFamily.FamilyContact::familyName)
                            .thenComparing(StudentFamily.FamilyContact::givenName)
                            .thenComparing(StudentFamily.FamilyContact::guardianId))
                    .toList();
            result.add(new StudentFamily(student.id(), student.givenName(), student.familyName(), student.grade(),
                    theirClasses, family));
        }
        return result;
    }

    private static StudentFamily.FamilyContact familyContact(GuardianLink link, Guardian guardian) {
        return new StudentFamily.FamilyContact(guardian.id(), guardian.givenName(), guardian.familyName(),
                link.relationship(), guardian.preferredLanguage(), guardian.accountId() != null,
                link.educationalRights(), link.receivesCommunications(), link.mayMessageStaff(),
                link.mayBookAndRsvp(), link.maySeeGoalsAndCelebrations());
    }

    private static boolean isAfter(Student s, FamilyPosition after) {
        int c = s.familyName().compareTo(after.familyName());
        if (c == 0) {
            c = s.givenName().compareTo(after.givenName());
        }
        if (c == 0) {
            c = s.id().compareTo(after.studentId());
        }
        return c > 0;
    }

    private static List<Staff> sortedByName(Set<UUID> ids, Map<UUID, Staff> staff) {
        return ids.stream().map(staff::get).filter(s -> s != null && s.active())
                .sorted(Comparator.comparing(Staff::familyName).thenComparing(Staff::givenName).thenComparing(Staff::id))
                .toList();
    }

    private static ClassRef classRef(SchoolClass c) {
        return new ClassRef(c.id(), c.name(), c.subject());
    }

    private static String wire(Staff.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        records.forEach(r -> map.put(id.apply(r), r));
        return map;
    }
}
