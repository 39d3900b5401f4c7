package org.tandem.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Family links (guardianships), one per student and guardian. */
@ApplicationScoped
class GuardianshipRepository implements PanacheRepositoryBase<Guardianship, UUID> {

    /** The link between the student and the guardian, in whatever state. */
    Optional<Guardianship> between(UUID studentId, UUID guardianId) {
        return find("studentId = ?1 AND guardianId = ?2", studentId, guardianId).firstResultOptional();
    }
}
