package org.tandem.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.tandem.access.AccessPolicy;
import org.tandem.directory.dto.HouseholdPlacement;
import org.tandem.directory.dto.HouseholdView;
import org.tandem.platform.problem.ApiException;
import org.tandem.platform.problem.Problem;

/** Administrators mark where a guardian lives; unmarked guardians share their children's default household. */
@ApplicationScoped
@Transactional
class HouseholdService {

    private final GuardianRepository guardians;
    private final AccessPolicy policy;

    HouseholdService(GuardianRepository guardians, AccessPolicy policy) {
        this.guardians = guardians;
        this.policy = policy;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    HouseholdView get(UUID guardianId) {
        Guardian guardian = administered(guardianId);
        return HouseholdView.of(guardian.id(), guardian.householdId());
    }

    HouseholdView place(UUID guardianId, HouseholdPlacement placement) {
        Guardian guardian = administered(guardianId);
        switch (placement.placement()) {
            case "shared" -> guardian.liveIn(null);
            case "own" -> guardian.liveIn(newHousehold());
            default -> {
                if (placement.guardianId() == null || placement.guardianId().equals(guardianId)) {
                    throw ApiException.validation(List.of(new Problem.FieldError("guardianId",
                            "name another guardian to live with")));
                }
                Guardian other = administered(placement.guardianId());
                if (other.householdId() == null) {
                    other.liveIn(newHousehold());
                }
                guardian.liveIn(other.householdId());
            }
        }
        guardians.flush();
        return HouseholdView.of(guardian.id(), guardian.householdId());
    }

    private UUID newHousehold() {
        return guardians.newHousehold();
    }

    private Guardian administered(UUID guardianId) {
        policy.requireGuardianAdministration(guardianId);
        Guardian guardian = guardianId == null ? null : guardians.findById(guardianId);
        if (guardian == null) {
            throw ApiException.notFound("Guardian " + guardianId);
        }
        return guardian;
    }
}
