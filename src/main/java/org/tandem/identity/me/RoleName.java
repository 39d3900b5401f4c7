package org.tandem.identity.me;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The role names of {@link org.tandem.access.Roles}, as the document's {@code Role} enumeration (wire spelling). */
@Schema(name = "Role", description = "A role an account holds; one account may hold several")
@SuppressWarnings("java:S115")
enum RoleName {
    guardian, staff, school_admin, district_admin, integrator
}
