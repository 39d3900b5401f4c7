package org.tandem.identity.classcode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Class codes, one per class (keyed by the class), unique across districts. */
@ApplicationScoped
class ClassCodeRepository implements PanacheRepositoryBase<ClassCode, UUID> {

    /** Gives the class this code unless it has one already; two first requests at once cannot collide. */
    void createIfAbsent(UUID classId, String tenantId, String code, Instant at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO class_code (class_id, tenant_id, code, active, rotated_at, version)
                        VALUES (:class, :tenant, :code, true, :at, 0) ON CONFLICT (tenant_id, class_id) DO NOTHING""")
                .setParameter("class", classId).setParameter("tenant", tenantId).setParameter("code", code)
                .setParameter("at", at).executeUpdate();
    }

    /** Whether any district's class has this code (native SQL: the tenant filter must not apply). */
    boolean taken(String code) {
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM class_code WHERE code = :code")
                .setParameter("code", code).getSingleResult()).longValue() > 0;
    }

    /** The class of an enabled code in this district. */
    Optional<UUID> classOfEnabled(String code) {
        return find("code = ?1 AND active = true", code).firstResultOptional().map(ClassCode::classId);
    }
}
