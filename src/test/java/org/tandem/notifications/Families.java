package org.tandem.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Many families in one class, written in set-based SQL (a fan-out at the scale of a school). */
final class Families {

    private Families() {
    }

    /** Adds {@code count} students to the class, each with one guardian who has an account. */
    static void addToClass(UUID tenantId, UUID schoolId, UUID classId, int count, String language) {
        String prefix = UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CDI.current().select(EntityManager.class).get();
            em.createNativeQuery("""
                    WITH n AS (SELECT i, gen_random_uuid() AS student, gen_random_uuid() AS account,
                                      gen_random_uuid() AS guardian FROM generate_series(1, :count) i),
                    s AS (INSERT INTO student (id, tenant_id, school_id, given_name, family_name, grade)
                          SELECT student, :t, CAST(:school AS uuid), 'Kid' || i, 'Family' || i, '3' FROM n RETURNING id),
                    e AS (INSERT INTO enrollment (id, tenant_id, student_id, class_id)
                          SELECT gen_random_uuid(), :t, student, CAST(:class AS uuid) FROM n JOIN s ON s.id = n.student RETURNING id),
                    a AS (INSERT INTO account (id, tenant_id, email, display_name, preferred_language)
                          SELECT account, :t, :prefix || '.parent' || i || '@families.test', 'Parent ' || i, :lang FROM n RETURNING id),
                    g AS (INSERT INTO guardian (id, tenant_id, account_id, given_name, family_name, preferred_language)
                          SELECT guardian, :t, account, 'Parent', 'Family' || i, :lang FROM n JOIN a ON a.id = n.account RETURNING id)
                    INSERT INTO guardianship (id, tenant_id, student_id, guardian_id, relationship)
                    SELECT gen_random_uuid(), :t, student, guardian, 'guardian' FROM n JOIN g ON g.id = n.guardian
                      JOIN s ON s.id = n.student""")
                    .setParameter("count", count).setParameter("t", tenantId.toString()).setParameter("school", schoolId.toString())
                    .setParameter("class", classId.toString()).setParameter("prefix", prefix).setParameter("lang", language)
                    .executeUpdate();
        });
    }
}
