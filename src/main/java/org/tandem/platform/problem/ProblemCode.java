package org.tandem.platform.problem;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every {@code code} a problem-details response can carry, with its HTTP status and what it means:
 * the one list the document's {@code ProblemCode} schema is generated from (see
 * {@code platform/openapi/OperationContract}). A new code is added here first; a test fails on any
 * code the code base uses that is not listed, and on any response of the suite whose code the
 * operation does not declare.
 */
public enum ProblemCode {

    // 400: the request cannot be read
    BAD_REQUEST(400, "The request is malformed"),
    MALFORMED_JSON(400, "The body is not valid JSON, or names a member twice"),
    UNKNOWN_FIELD(400, "The body has a field this operation does not accept"),
    INVALID_TYPE(400, "A field has the wrong type"),
    BODY_REQUIRED(400, "The operation needs a body"),
    INVALID_PARAMETER(400, "A path, query or header parameter is not valid (a malformed UUID, a limit out of 1–100, a forged cursor)"),
    INVALID_CHARACTER(400, "A value holds a NUL character"),
    MALFORMED_FORM(400, "A form body has bad percent-encoding"),
    INVALID_PATCH(400, "The merge patch does not fit the resource"),
    // OAuth 2.0 token endpoint (RFC 6749 §5.2)
    INVALID_REQUEST(400, "The token request is malformed"),
    INVALID_GRANT(400, "The credentials, refresh token or grant are not valid"),
    INVALID_SCOPE(400, "A requested scope is not allowed"),
    UNSUPPORTED_GRANT_TYPE(400, "The grant type is not supported"),
    INVALID_CLIENT(401, "Client authentication failed"),
    // 401, 403, 404
    UNAUTHENTICATED(401, "No valid access token"),
    FORBIDDEN(403, "The caller's role or link lacks this function"),
    NOT_FOUND(404, "No such resource, or not within the caller's scope"),
    METHOD_NOT_ALLOWED(405, "The path does not support this method"),
    NOT_ACCEPTABLE(406, "The response cannot be served in an accepted media type"),
    // 409: state conflicts
    CONFLICT(409, "The request conflicts with the current state"),
    ALREADY_EXISTS(409, "A concurrent request created the same thing first"),
    CONCURRENT_UPDATE(409, "Another request changed the resource at the same time; retry"),
    IDEMPOTENCY_REQUEST_IN_FLIGHT(409, "A request with the same Idempotency-Key is still being processed"),
    SOURCED_ID_TAKEN(409, "Another record has this sourcedId"),
    ACCOUNT_EXISTS(409, "An account with this email exists; sign in and accept the invitation"),
    ALREADY_REPORTED(409, "The caller has reported this message already"),
    ALREADY_RESOLVED(409, "The report was resolved already"),
    ALREADY_SENT(409, "The scheduled message was sent already"),
    JOIN_REQUEST_PENDING(409, "A request to join for this child is pending already"),
    JOIN_REQUEST_DECIDED(409, "The join request was decided already"),
    INVITATION_ACCEPTED(409, "The invitation was accepted already"),
    THREAD_LOCKED(409, "The thread is locked"),
    MESSAGE_DELETED(409, "The message was deleted"),
    CLIENT_MESSAGE_ID_USED(409, "The clientMessageId was used for another message"),
    // 410
    INVITATION_EXPIRED(410, "The invitation expired"),
    INVITATION_REVOKED(410, "The invitation was revoked"),
    INVITATION_USED(410, "The invitation was used"),
    // 411, 412, 413, 414, 415
    LENGTH_REQUIRED(411, "A request body must be sent with Content-Length (not chunked), except to an upload"),
    PRECONDITION_FAILED(412, "If-Match does not match the current ETag"),
    PAYLOAD_TOO_LARGE(413, "The body is larger than the server accepts"),
    URI_TOO_LONG(414, "The request line is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "The body is not in the media type the operation reads"),
    // 422: well formed but invalid
    VALIDATION_FAILED(422, "A field is not valid (see errors)"),
    UNPROCESSABLE(422, "The request cannot be processed"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used for another request"),
    GUARDIAN_WITHOUT_ACCOUNT(422, "The guardian has not joined yet; invite them first"),
    NO_SUCH_MESSAGE(422, "The thread has no message at this position"),
    EDIT_WINDOW_CLOSED(409, "The message can no longer be edited"),
    OWN_MESSAGE(422, "One cannot report one's own message"),
    NOT_AN_ANNOUNCEMENT(409, "Private replies are for announcements"),
    SAME_LANGUAGE(422, "The message is in that language already"),
    STUDENT_NOT_IN_CLASS(422, "The student is not enrolled in the class"),
    INVALID_RESET_TOKEN(400, "The password-reset token is not valid"),
    CANNOT_DEACTIVATE_SELF(422, "An administrator cannot deactivate their own account"),
    CANNOT_BLOCK_SELF(422, "One cannot block oneself"),
    DISMISSED_WITH_ACTION(422, "A dismissal cannot take an action"),
    // Goals
    SAME_SIDE(403, "The other side of the goal must agree or decide, not the side that proposed"),
    GOAL_CLOSED(409, "An achieved, discontinued or withdrawn goal cannot be changed"),
    GOAL_NOT_ACTIVE(409, "Check-ins and revisions go on active goals"),
    INVALID_TRANSITION(409, "The goal cannot move from its status to the one asked"),
    REVISION_PENDING(409, "A revision of the goal already awaits a decision"),
    REVISION_DECIDED(409, "The revision was already accepted or declined"),
    REVISION_REQUIRED(409, "The terms of an active goal change through a revision the other side accepts"),
    // Celebrations
    BADGE_RETIRED(422, "The badge is retired; choose an active badge of the catalog"),
    BADGE_NAME_TAKEN(409, "Another badge of the catalog has this name"),
    CELEBRATION_WITHDRAWN(409, "The celebration was withdrawn"),
    OWN_REPLY(422, "One cannot report one's own reply"),
    OWN_APPRECIATION(422, "One cannot appreciate oneself"),
    // Events and conferences
    EVENT_CANCELLED(409, "The event is cancelled"),
    RSVP_CLOSED(409, "The RSVP deadline has passed"),
    CAPACITY_BELOW_CONFIRMED(409, "The capacity asked is below the heads already confirmed"),
    SLOT_TAKEN(409, "Someone booked the slot first"),
    SLOT_BOOKED(409, "The slot is booked"),
    SLOT_BLOCKED(409, "The teacher has blocked the slot"),
    SLOT_PAST(409, "The slot has already started"),
    ALREADY_BOOKED(409, "The household already holds a slot for this student in this conference"),
    OVERLAPPING_BOOKING(409, "The guardian already holds an overlapping slot"),
    DAY_NOT_FREE(409, "The conference already has slots on the day asked"),
    // Roster sync
    IMPORT_RUNNING(409, "An import for this district is already running"),
    INVALID_PACKAGE(422, "The upload is not a readable OneRoster package"),
    UPLOAD_INTERRUPTED(400, "The upload could not be read to its end"),
    NO_WATERMARK(422, "A delta pull needs a watermark: no pull from the provider has succeeded yet"),
    // Privacy
    NOT_A_FAMILY_ACCOUNT(409, "Only a family's account is deleted; staff and administrator accounts are deactivated"),
    EXPORT_NOT_READY(409, "The export is still being built (or failed); see its state"),
    EXPORT_EXPIRED(410, "The export expired and its archive was removed; ask for a new one"),
    // 428, 429, 431
    PRECONDITION_REQUIRED(428, "If-Match is required"),
    RATE_LIMITED(429, "Too many requests; retry after Retry-After seconds"),
    HEADERS_TOO_LARGE(431, "The request headers are too large"),
    // 5xx
    REQUEST_FAILED(400, "The request failed"),
    INTERNAL_ERROR(500, "An unexpected failure; quote the request id"),
    UNAVAILABLE(503, "The database cannot be reached; retry after Retry-After seconds");

    private final int status;
    private final String meaning;

    ProblemCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    /** The code as it appears on the wire: {@code thread_locked}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<ProblemCode> of(String wire) {
        return Arrays.stream(values()).filter(c -> c.wire().equals(wire)).findFirst();
    }
}
