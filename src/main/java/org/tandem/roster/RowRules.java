package org.tandem.roster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.roster.RosterRecords.Status;

/** The checks every OneRoster row goes through, each failure an error at its file, line and column. */
final class RowRules {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,253}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-]{3,40}( ?(x|ext\\.?) ?[0-9]{1,6})?");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    static final int MAX_TEXT = 200;

    private final CsvTable.Row row;
    private final ImportErrors errors;
    private final boolean delta;

    RowRules(CsvTable.Row row, ImportErrors errors, boolean delta) {
        this.row = row;
        this.errors = errors;
        this.delta = delta;
    }

    void fail(String column, String reason) {
        errors.add(row.file(), row.line(), column, reason);
    }

    /** Every required column has a value. Returns false (with errors) when one is blank. */
    boolean required(Set<String> columns) {
        boolean ok = true;
        for (String column : columns) {
            if (!column.equals("status") && !column.equals("dateLastModified") && row.get(column).isEmpty()) {
                fail(column, column + " is required");
                ok = false;
            }
        }
        return ok;
    }

    /** status and dateLastModified: blank in bulk files is allowed; a delta row must carry both. */
    Status status() {
        String status = row.get("status");
        String modified = row.get("dateLastModified");
        if (!modified.isEmpty()) {
            try {
                OffsetDateTime.parse(modified);
            } catch (DateTimeParseException e) {
                fail("dateLastModified", "dateLastModified must be an ISO 8601 date-time in UTC (2026-09-01T12:00:00Z), not " + clip(modified));
            }
        } else if (delta) {
            fail("dateLastModified", "dateLastModified is required in a delta file");
        }
        return switch (status) {
            case "active" -> Status.ACTIVE;
            case "tobedeleted", "inactive" -> Status.TOBEDELETED;
            case "" -> {
                if (delta) {
                    fail("status", "status is required in a delta file");
                }
                yield Status.ACTIVE;
            }
            default -> {
                fail("status", "status must be active or tobedeleted, not " + clip(status));
                yield Status.ACTIVE;
            }
        };
    }

    /** An enumerated value; blank is allowed when the column is optional. */
    String oneOf(String column, Set<String> allowed, boolean allowExtension) {
        String value = row.get(column);
        if (value.isEmpty() || allowed.contains(value) || (allowExtension && value.startsWith("ext:"))) {
            return value;
        }
        fail(column, column + " must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + ", not " + clip(value));
        return value;
    }

    boolean bool(String column, boolean fallback) {
        String value = row.get(column);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            case "" -> fallback;
            default -> {
                fail(column, column + " must be true or false, not " + clip(value));
                yield fallback;
            }
        };
    }

    LocalDate date(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fail(column, column + " must be a date (YYYY-MM-DD), not " + clip(value));
            return null;
        }
    }

    /**
     * A name or title shown to people: bounded, no control characters, and not starting like a
     * spreadsheet formula (=, +, -, @), which would run when a school exports it to a spreadsheet.
     */
    String text(String column) {
        String value = row.get(column);
        if (value.length() > MAX_TEXT) {
            fail(column, column + " is longer than " + MAX_TEXT + " characters");
        } else if (CONTROL.matcher(value).find()) {
            fail(column, column + " contains control characters");
        } else if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            fail(column, column + " starts with " + value.charAt(0) + " like a spreadsheet formula (CSV injection)");
        }
        return value;
    }

    /** A phone number: digits with the usual separators ({@code +1 (555) 010-0100 x12}). */
    String phone(String column) {
        String value = row.get(column);
        if (!value.isEmpty() && !PHONE.matcher(value).matches()) {
            fail(column, column + " is not a phone number: " + clip(value));
            return "";
        }
        return value;
    }

    String email(String column) {
        String value = row.get(column);
        if (!value.isEmpty() && (value.length() > 254 || !EMAIL.matcher(value).matches())) {
            fail(column, column + " is not an email address: " + clip(value));
            return "";
        }
        return value;
    }

    String sourcedId(String column) {
        String value = row.get(column);
        if (value.length() > 255) {
            fail(column, column + " is longer than 255 characters");
        } else if (CONTROL.matcher(value).find()) {
            fail(column, column + " contains control characters");
        }
        return value;
    }

    static String clip(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 60 ? printable.substring(0, 60) + "…" : printable;
    }
}
