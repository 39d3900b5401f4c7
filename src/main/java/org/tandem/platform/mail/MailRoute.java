package org.tandem.platform.mail;

/**
 * Where outgoing mail goes, from {@link MailSettings}. Mail carries sign-in links and children's names,
 * so without an SMTP server it is written to the log only when that is asked for ({@code make run}'s
 * demo, the dev profile); otherwise it is not written anywhere.
 */
public enum MailRoute {
    /** To the SMTP server (or Quarkus's mock mailer in tests). */
    SMTP,
    /** Written whole to the log instead of being sent: development and demos only. */
    LOG,
    /** Not sent and not logged: no SMTP server is configured and logging bodies is off (production's default). */
    NONE;

    public static MailRoute of(MailSettings settings) {
        if (settings.mock() || settings.smtpHost().filter(h -> !h.isBlank()).isPresent()) {
            return SMTP;
        }
        return settings.logBodies() ? LOG : NONE;
    }
}
