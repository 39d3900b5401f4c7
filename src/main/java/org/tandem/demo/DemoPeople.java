package org.tandem.demo;

import java.util.List;

/** The demo district's sign-in names, as the README lists them. */
final class DemoPeople {

    static final String TEACHER = "maria.rivera@demo.tandem.test";
    static final String SECOND_TEACHER = "david.chen@demo.tandem.test";
    static final String PRINCIPAL = "grace.okafor@demo.tandem.test";
    static final String SUPERINTENDENT = "sam.whitfield@demo.tandem.test";
    static final String GUARDIAN = "ana.lopez@demo.tandem.test";
    static final String SEPARATED_MOTHER = "jin.kim@demo.tandem.test";
    static final String SEPARATED_FATHER = "daniel.park@demo.tandem.test";
    static final String NOAH_MOTHER = "emma.smith@demo.tandem.test";
    static final String NO_CONTACT = "robert.smith@demo.tandem.test";
    static final String CLIENT_ID = "demo-sis";
    static final String CLIENT_SECRET = "demo-sis-secret";

    static final List<String> LOGINS = List.of(
            "  teacher (Grade 3, Art; also Sofia's mother)  " + TEACHER,
            "  teacher (Grade 5)                            " + SECOND_TEACHER,
            "  school admin (principal)                     " + PRINCIPAL,
            "  district admin                               " + SUPERINTENDENT,
            "  guardian of Maya (G3) and Leo (G5)           " + GUARDIAN,
            "  separated household of Ava (G3): mother      " + SEPARATED_MOTHER,
            "                                   father      " + SEPARATED_FATHER,
            "  guardian of Noah (G5)                        " + NOAH_MOTHER,
            "  Noah's father, under a no-contact order      " + NO_CONTACT,
            "  integrator client (client_credentials)       " + CLIENT_ID + " / " + CLIENT_SECRET);

    private DemoPeople() {
    }
}
