#!/usr/bin/env python3
"""Writes the bench data set's directory as OneRoster 1.2 CSV packages (bulk, and a 1% delta).

The full set (the issue's figures): 20 schools, 1,000 classes, 1,140 staff, 25,000 students,
40,000 guardians, 50,000 student enrollments (+ 1,000 teaching assignments), every student linked to
one or two guardians. Deterministic (seeded), so runs compare.

usage: oneroster_generate.py OUT_DIR [--scale 1.0]
writes OUT_DIR/bulk.zip and OUT_DIR/delta.zip
"""
import csv
import io
import random
import sys
import zipfile

SCHOOLS, CLASSES, STAFF, STUDENTS, GUARDIANS, ENROLLMENTS_PER_STUDENT = 20, 1000, 1140, 25000, 40000, 2

USERS = ["sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName", "familyName",
         "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades", "password",
         "userMasterIdentifier", "resourceSourcedIds", "preferredGivenName", "preferredMiddleName",
         "preferredFamilyName", "primaryOrgSourcedId", "pronouns"]
ROLES = ["sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
         "orgSourcedId", "userProfileSourcedId"]
ENROLLMENTS = ["sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId", "role",
               "primary", "beginDate", "endDate"]
GIVEN = ["Ava", "Liam", "Noah", "Emma", "Mia", "Lucas", "Sofia", "Mateo", "Zoe", "Ethan", "Amara", "Kenji", "Priya",
         "Omar", "Lena", "Diego", "Hana", "Yusuf", "Ines", "Tariq"]
FAMILY = ["Garcia", "Smith", "Nguyen", "Kim", "Okafor", "Rivera", "Chen", "Patel", "Haddad", "Novak", "Silva",
          "Kowalski", "Tanaka", "Mensah", "Larsen", "Costa", "Ibrahim", "Dubois", "Rossi", "Khan"]


def table(columns, rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue().encode("utf-8")


def manifest(modes):
    lines = ["propertyName,value", "manifest.version,1.0", "oneroster.version,1.2"]
    for name in ["academicSessions", "classes", "courses", "enrollments", "orgs", "roles", "users"]:
        lines.append(f"file.{name},{modes.get(name, 'absent')}")
    return ("\r\n".join(lines) + "\r\n").encode()


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files.items():
            z.writestr(name, content)


def main():
    out = sys.argv[1]
    scale = float(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1.0
    n_classes, n_staff = int(CLASSES * scale) or SCHOOLS, int(STAFF * scale) or SCHOOLS * 2
    n_students, n_guardians = int(STUDENTS * scale), int(GUARDIANS * scale)
    rnd = random.Random(17)
    orgs = [{"sourcedId": "org-district", "name": "Bench Unified", "type": "district"}]
    orgs += [{"sourcedId": f"org-s{s}", "name": f"School {s}", "type": "school", "parentSourcedId": "org-district"}
             for s in range(SCHOOLS)]
    sessions = [{"sourcedId": f"term-s{s}", "title": "2026-2027", "type": "term", "startDate": "2026-08-15",
                 "endDate": "2027-06-15", "schoolYear": "2027"} for s in range(SCHOOLS)]
    courses, classes = [], []
    for c in range(n_classes):
        s = c % SCHOOLS
        courses.append({"sourcedId": f"crs-{c}", "title": f"Course {c}", "grades": f"{c % 6 + 1:02d}",
                        "orgSourcedId": f"org-s{s}", "subjects": "Homeroom"})
        classes.append({"sourcedId": f"cls-{c}", "title": f"Class {c}", "grades": f"{c % 6 + 1:02d}",
                        "courseSourcedId": f"crs-{c}", "classType": "scheduled", "schoolSourcedId": f"org-s{s}",
                        "termSourcedIds": f"term-s{s}"})
    users, roles, enrollments = [], [], []
    for t in range(n_staff):
        s = t % SCHOOLS
        kind = "teacher" if t < n_classes else rnd.choice(["aide", "counselor", "principal"])
        users.append({"sourcedId": f"stf-{t}", "enabledUser": "true", "username": f"stf{t}",
                      "givenName": rnd.choice(GIVEN), "familyName": rnd.choice(FAMILY),
                      "email": f"staff{t}@bench.example", "primaryOrgSourcedId": f"org-s{s}"})
        roles.append({"sourcedId": f"r-stf-{t}", "userSourcedId": f"stf-{t}", "roleType": "primary", "role": kind,
                      "orgSourcedId": f"org-s{s}"})
        if t < n_classes:
            enrollments.append({"sourcedId": f"ta-{t}", "classSourcedId": f"cls-{t}", "schoolSourcedId": f"org-s{s}",
                                "userSourcedId": f"stf-{t}", "role": "teacher", "primary": "true"})
    agents = {g: [] for g in range(n_guardians)}
    guardian = 0
    per_school = n_classes // SCHOOLS
    for st in range(n_students):
        s = st % SCHOOLS
        mine = [guardian % n_guardians]
        guardian += 1
        if guardian < n_guardians and st < n_guardians - n_students:
            mine.append(guardian)
            guardian += 1
        for g in mine:
            agents[g].append(f"stu-{st}")
        users.append({"sourcedId": f"stu-{st}", "enabledUser": "true", "username": f"stu{st}",
                      "givenName": rnd.choice(GIVEN), "familyName": rnd.choice(FAMILY),
                      "agentSourcedIds": ",".join(f"gua-{g}" for g in mine), "grades": f"{st % 6 + 1:02d}",
                      "primaryOrgSourcedId": f"org-s{s}"})
        roles.append({"sourcedId": f"r-stu-{st}", "userSourcedId": f"stu-{st}", "roleType": "primary",
                      "role": "student", "orgSourcedId": f"org-s{s}"})
        picked = rnd.sample(range(per_school), ENROLLMENTS_PER_STUDENT)
        for k, local in enumerate(picked):
            c = local * SCHOOLS + s
            enrollments.append({"sourcedId": f"enr-{st}-{k}", "classSourcedId": f"cls-{c}",
                                "schoolSourcedId": f"org-s{s}", "userSourcedId": f"stu-{st}", "role": "student",
                                "primary": "false"})
    for g in range(n_guardians):
        users.append({"sourcedId": f"gua-{g}", "enabledUser": "true", "username": f"gua{g}",
                      "givenName": rnd.choice(GIVEN), "familyName": rnd.choice(FAMILY),
                      "email": f"family{g}@bench.example", "phone": f"+1 555 {g:07d}",
                      "agentSourcedIds": ",".join(agents[g]), "primaryOrgSourcedId": "org-district"})
        roles.append({"sourcedId": f"r-gua-{g}", "userSourcedId": f"gua-{g}", "roleType": "primary",
                      "role": rnd.choice(["parent", "parent", "guardian", "relative"]), "orgSourcedId": "org-district"})
    bulk = {"manifest.csv": manifest({n: "bulk" for n in ["academicSessions", "classes", "courses", "enrollments",
                                                          "orgs", "roles", "users"]}),
            "orgs.csv": table(["sourcedId", "status", "dateLastModified", "name", "type", "identifier",
                               "parentSourcedId"], orgs),
            "academicSessions.csv": table(["sourcedId", "status", "dateLastModified", "title", "type", "startDate",
                                           "endDate", "parentSourcedId", "schoolYear"], sessions),
            "courses.csv": table(["sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title",
                                  "courseCode", "grades", "orgSourcedId", "subjects", "subjectCodes"], courses),
            "classes.csv": table(["sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId",
                                  "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds",
                                  "subjects", "subjectCodes", "periods"], classes),
            "users.csv": table(USERS, users), "roles.csv": table(ROLES, roles),
            "enrollments.csv": table(ENROLLMENTS, enrollments)}
    write_zip(f"{out}/bulk.zip", bulk)

    # A 1% delta: students renamed, guardians with a new phone, enrollments ended and new ones.
    stamp = "2026-10-01T08:00:00Z"
    by_id = {u["sourcedId"]: u for u in users}
    role_of = {r["userSourcedId"]: r for r in roles}
    d_users, d_roles, d_enr = [], [], []
    for st in rnd.sample(range(n_students), n_students // 100):
        u = dict(by_id[f"stu-{st}"], status="active", dateLastModified=stamp, familyName=by_id[f"stu-{st}"]["familyName"] + "-Delta")
        d_users.append(u)
        d_roles.append(dict(role_of[u["sourcedId"]], status="active", dateLastModified=stamp))
    for g in rnd.sample(range(n_guardians), n_guardians // 100):
        u = dict(by_id[f"gua-{g}"], status="active", dateLastModified=stamp, phone=f"+1 556 {g:07d}")
        d_users.append(u)
        d_roles.append(dict(role_of[u["sourcedId"]], status="active", dateLastModified=stamp))
    student_enrollments = [e for e in enrollments if e["role"] == "student"]
    for e in rnd.sample(student_enrollments, len(student_enrollments) // 100):
        d_enr.append(dict(e, status="tobedeleted", dateLastModified=stamp))
    write_zip(f"{out}/delta.zip", {"manifest.csv": manifest({"users": "delta", "roles": "delta", "enrollments": "delta"}),
                                   "users.csv": table(USERS, d_users), "roles.csv": table(ROLES, d_roles),
                                   "enrollments.csv": table(ENROLLMENTS, d_enr)})
    print(f"{out}/bulk.zip: {len(users)} users, {len(enrollments)} enrollments; "
          f"{out}/delta.zip: {len(d_users)} users, {len(d_enr)} enrollments", file=sys.stderr)


if __name__ == "__main__":
    main()
