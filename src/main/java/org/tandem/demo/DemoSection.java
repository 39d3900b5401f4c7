package org.tandem.demo;

/**
 * One feature's part of the demo district (goals, events, ...). {@link DemoDistrict} runs every
 * section at start-up, inside the demo district's tenant and one transaction, after the directory
 * exists: a section adds its data when {@link #present} says it is not there yet, so a district
 * created by an earlier version of Tandem gains the data of features added since.
 */
interface DemoSection {

    /** A short name for the start-up log ("goals"). */
    String name();

    /** Sections run in ascending order; one that builds on another's data (celebrations of goals) comes later. */
    default int order() {
        return 100;
    }

    /** Whether this section's data is already in the demo district. */
    boolean present(DemoDirectory demo);

    /** Adds this section's data; called only when {@link #present} is false. */
    void populate(DemoDirectory demo);
}
