package org.tandem.identity.classcode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.platform.tenancy.TenantContext;

/** Staff of a class read, rotate and disable its join code. A class gets its code when first asked. */
@ApplicationScoped
@Transactional
class ClassCodeService {

    private static final int ATTEMPTS = 8;

    private final EntityManager em;
    private final AccessPolicy access;
    private final TenantContext tenant;

    ClassCodeService(EntityManager em, AccessPolicy access, TenantContext tenant) {
        this.em = em;
        this.access = access;
        this.tenant = tenant;
    }

    ClassCodeView current(UUID classId) {
        access.requireClass(classId, true);
        return ClassCodeView.of(codeOf(classId));
    }

    ClassCodeView rotate(UUID classId) {
        access.requireClass(classId, true);
        ClassCode code = codeOf(classId);
        code.rotate(unusedCode());
        em.flush();
        return ClassCodeView.of(code);
    }

    ClassCodeView disable(UUID classId) {
        access.requireClass(classId, true);
        ClassCode code = codeOf(classId);
        code.disable();
        em.flush();
        return ClassCodeView.of(code);
    }

    /** The class's code, created if it has none; ON CONFLICT keeps two first requests from colliding. */
    private ClassCode codeOf(UUID classId) {
        ClassCode code = em.find(ClassCode.class, classId);
        if (code != null) {
            return code;
        }
        em.createNativeQuery("""
                        INSERT INTO class_code (class_id, tenant_id, code, active, rotated_at, version)
                        VALUES (:class, :tenant, :code, true, now(), 0) ON CONFLICT (tenant_id, class_id) DO NOTHING""")
                .setParameter("class", classId)
                .setParameter("tenant", tenant.current().orElseThrow().toString())
                .setParameter("code", unusedCode())
                .executeUpdate();
        return em.find(ClassCode.class, classId);
    }

    /** Codes are unique across all districts (a family types one without saying which district). */
    private String unusedCode() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = CodeGenerator.next();
            Number taken = (Number) em.createNativeQuery("SELECT count(*) FROM class_code WHERE code = :code")
                    .setParameter("code", candidate).getSingleResult();
            if (taken.longValue() == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("No unused class code after " + ATTEMPTS + " attempts");
    }
}
