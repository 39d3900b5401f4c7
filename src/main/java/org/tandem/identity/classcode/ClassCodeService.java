package org.tandem.identity.classcode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.platform.tenancy.TenantContext;

/** Staff of a class read, rotate and disable its join code. A class gets its code when first asked. */
@ApplicationScoped
@Transactional
class ClassCodeService {

    private static final int ATTEMPTS = 8;

    private final ClassCodeRepository codes;
    private final AccessPolicy access;
    private final TenantContext tenant;
    private final Clock clock;

    ClassCodeService(ClassCodeRepository codes, AccessPolicy access, TenantContext tenant, Clock clock) {
        this.codes = codes;
        this.access = access;
        this.tenant = tenant;
        this.clock = clock;
    }

    ClassCodeView current(UUID classId) {
        access.requireClass(classId, true);
        return ClassCodeView.of(codeOf(classId));
    }

    ClassCodeView rotate(UUID classId) {
        access.requireClass(classId, true);
        ClassCode code = codeOf(classId);
        code.rotate(unusedCode());
        codes.flush();
        return ClassCodeView.of(code);
    }

    ClassCodeView disable(UUID classId) {
        access.requireClass(classId, true);
        ClassCode code = codeOf(classId);
        code.disable();
        codes.flush();
        return ClassCodeView.of(code);
    }

    /** The class's code, created if it has none; ON CONFLICT keeps two first requests from colliding. */
    private ClassCode codeOf(UUID classId) {
        ClassCode code = codes.findById(classId);
        if (code != null) {
            return code;
        }
        codes.createIfAbsent(classId, tenant.current().orElseThrow().toString(), unusedCode(), clock.instant());
        return codes.findById(classId);
    }

    /** Codes are unique across all districts (a family types one without saying which district). */
    private String unusedCode() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = CodeGenerator.next();
            if (!codes.taken(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No unused class code after " + ATTEMPTS + " attempts");
    }
}
