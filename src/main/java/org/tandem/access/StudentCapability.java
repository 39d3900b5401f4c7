package org.tandem.access;

/** What a caller wants to do with a student's records; each maps to a guardianship permission. */
public enum StudentCapability {
    /** See the student and their directory record. */
    VIEW,
    /** Be in the audience of communications about the student. */
    RECEIVE_COMMUNICATIONS,
    /** Write to the student's staff. */
    MESSAGE_STAFF,
    /** Book conferences and RSVP to events for the student. */
    BOOK_AND_RSVP,
    /** See goals and celebrations. */
    SEE_GOALS_AND_CELEBRATIONS,
    /** See confidential records (IEP goals): educational rights for guardians, assigned staff. */
    SEE_CONFIDENTIAL,
    /** Invite family members to link with the student (the student's staff and administrators, never a family). */
    INVITE_FAMILIES,
    /** Change the student's directory record or family links (administrators). */
    ADMINISTER
}
