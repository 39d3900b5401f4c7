package org.tandem.access;

import java.util.UUID;

/**
 * A guardian's current link to a student (never a no-contact one) and what it allows. The account
 * is null while the guardian has not joined; the relationship is its wire name (mother, grandparent…).
 */
public record GuardianLink(UUID studentId, UUID guardianId, UUID accountId, String relationship, boolean educationalRights,
                           boolean receivesCommunications, boolean mayMessageStaff, boolean mayBookAndRsvp,
                           boolean maySeeGoalsAndCelebrations) {

    /** Whether this link lets the guardian do what the capability names. */
    public boolean allows(StudentCapability capability) {
        return switch (capability) {
            case VIEW -> true;
            case RECEIVE_COMMUNICATIONS -> receivesCommunications;
            case MESSAGE_STAFF -> mayMessageStaff;
            case BOOK_AND_RSVP -> mayBookAndRsvp;
            case SEE_GOALS_AND_CELEBRATIONS -> maySeeGoalsAndCelebrations;
            case SEE_CONFIDENTIAL -> maySeeGoalsAndCelebrations && educationalRights;
            case INVITE_FAMILIES, ADMINISTER -> false;
        };
    }
}
