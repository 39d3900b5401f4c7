package org.tandem.roster;

import jakarta.enterprise.context.RequestScoped;
import org.tandem.access.Caller;
import org.tandem.access.Roles;
import org.tandem.access.Scopes;
import org.tandem.platform.problem.ApiException;

/**
 * Who may do what with the district's roster sync: import (upload or pull) — district administrators
 * and integrators granted roster.write; follow jobs and read the provider settings — those and
 * integrators granted roster.read; set the provider (its credentials) — district administrators only.
 */
@RequestScoped
class RosterAccess {

    private final Caller caller;

    RosterAccess(Caller caller) {
        this.caller = caller;
    }

    void requireImporter() {
        if (caller.isDistrictAdmin() || caller.isIntegratorWith(Scopes.ROSTER_WRITE)) {
            return;
        }
        throw ApiException.forbidden("Only district administrators and integrators granted roster.write import rosters");
    }

    void requireFollower() {
        if (caller.isDistrictAdmin() || caller.isIntegratorWith(Scopes.ROSTER_READ)
                || caller.isIntegratorWith(Scopes.ROSTER_WRITE)) {
            return;
        }
        throw ApiException.forbidden("Only district administrators and integrators granted roster.read follow imports");
    }

    void requireProviderManager() {
        if (caller.isDistrictAdmin()) {
            return;
        }
        throw ApiException.forbidden("Only district administrators set the district's OneRoster provider");
    }

    /** Who asked, for the job: an account or an integrator client. */
    String requesterKind() {
        return caller.has(Roles.INTEGRATOR) ? "client" : "account";
    }
}
