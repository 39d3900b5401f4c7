package org.tandem.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Consumer;
import org.hibernate.exception.ConstraintViolationException;
import org.tandem.platform.concurrency.EntityTags;
import org.tandem.platform.http.MergePatch;
import org.tandem.platform.persistence.TenantOwned;
import org.tandem.platform.problem.ApiException;

/**
 * How directory records are written: inserted or merge-patched, then flushed at once so that the
 * database's unique constraints (sourcedId per tenant, one link per pair) answer as a 409 within
 * the request, and the response carries the new version.
 */
@ApplicationScoped
class DirectoryWrites {

    /** Whether a change must name the version it was made from (If-Match), or only may. */
    enum Precondition { OPTIONAL, REQUIRED }

    private final EntityManager em;
    private final MergePatch mergePatch;

    DirectoryWrites(EntityManager em, MergePatch mergePatch) {
        this.em = em;
        this.mergePatch = mergePatch;
    }

    <E extends TenantOwned> E insert(E record) {
        em.persist(record);
        flush();
        return record;
    }

    /**
     * Applies a merge patch to a record's writable state {@code current}, after checking If-Match,
     * and writes the validated result back with {@code apply}.
     */
    <E extends TenantOwned, S> E change(E record, String ifMatch, Precondition precondition, JsonNode patch,
                                        S current, Class<S> stateType, Consumer<S> apply) {
        if (precondition == Precondition.REQUIRED) {
            EntityTags.checkRequired(ifMatch, record.version());
        } else {
            EntityTags.checkIfPresent(ifMatch, record.version());
        }
        apply.accept(mergePatch.apply(current, patch, stateType));
        flush();
        return record;
    }

    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw conflictOf(e);
        }
    }

    /** A unique constraint of the directory schema turned into a 409; anything else stays a failure. */
    private static RuntimeException conflictOf(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                String constraint = violation.getConstraintName();
                if (constraint.endsWith("_sourced_id_key")) {
                    return ApiException.conflict("sourced_id_taken",
                            "Another record of this kind in the district already has this sourcedId");
                }
                if (constraint.endsWith("_key")) {
                    return ApiException.conflict("already_exists",
                            "This link already exists; change the existing one instead");
                }
            }
        }
        return e;
    }
}
