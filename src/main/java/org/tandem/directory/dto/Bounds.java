package org.tandem.directory.dto;

/** The lengths the directory accepts, shared by request records and so by the API document. */
final class Bounds {

    static final int NAME = 200;
    static final int PERSON_NAME = 100;
    static final int SOURCED_ID = 255;
    static final int EMAIL = 254;
    static final int PHONE = 32;
    static final int GRADE = 16;
    static final int TIME_ZONE = 64;
    static final int LANGUAGE = 35;
    /** BCP 47 language tag, such as {@code en}, {@code es} or {@code zh-Hant}. */
    static final String LANGUAGE_TAG = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";
    /** International form, digits with an optional leading plus and separators. */
    static final String PHONE_NUMBER = "^\\+?[0-9][0-9 ().-]{3,30}$";

    static final String SOURCED_ID_DESCRIPTION =
            "External id from the school's information system (OneRoster sourcedId); unique in the district";
    static final String ACTIVE_DESCRIPTION =
            "false deactivates the record (history that depends on it is kept); true reactivates it";

    private Bounds() {
    }
}
