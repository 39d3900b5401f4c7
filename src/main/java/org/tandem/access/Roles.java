package org.tandem.access;

/** The roles a token can carry (its {@code groups} claim). One account may hold several. */
public final class Roles {

    public static final String GUARDIAN = "guardian";
    public static final String STAFF = "staff";
    public static final String SCHOOL_ADMIN = "school_admin";
    public static final String DISTRICT_ADMIN = "district_admin";
    public static final String INTEGRATOR = "integrator";

    private Roles() {
    }
}
