package org.tandem.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One OneRoster CSV file read as a stream of rows (RFC 4180, UTF-8 with an optional BOM, CRLF or LF):
 * the header is checked against the specification's columns, then each row is handed on with its
 * line number. Invalid UTF-8 and malformed quoting end the file with an error at the line reached.
 */
final class CsvTable {

    /** A data row: values by spec column name; a blank or absent value is "". */
    record Row(String file, long line, Map<String, Integer> positions, CSVRecord record) {

        String get(String column) {
            Integer i = positions.get(column);
            if (i == null || i >= record.size()) {
                return "";
            }
            String value = record.get(i);
            return value == null ? "" : value.trim();
        }

        /** A comma-separated multi-value ("cls1,cls2", quoted in the file), blanks dropped. */
        List<String> list(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvTable() {
    }

    /**
     * Reads the file: checks its header against {@code columns} (and the required ones), then passes
     * every row to {@code rows}. Returns the number of data rows read; errors go to {@code errors}.
     */
    static long read(String file, InputStream in, List<String> columns, Set<String> required, ImportErrors errors,
                     Consumer<Row> rows) {
        long count = 0;
        long line = 1;
        try (Reader reader = utf8(in); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(RowError.ofFile(file, "The file is empty: a header row is required"));
                return 0;
            }
            CSVRecord header = records.next();
            Map<String, Integer> positions = header(file, header, columns, required, errors);
            if (positions == null) {
                return 0;
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line = record.getRecordNumber();
                if (record.size() != header.size()) {
                    errors.add(file, line, null, "The row has " + record.size() + " values; the header has " + header.size());
                    continue;
                }
                count++;
                rows.accept(new Row(file, line, positions, record));
            }
            if (count == 0) {
                errors.add(RowError.ofFile(file, "The file has no data rows; mark it absent in the manifest instead"));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof InflationGuard.TooLarge) {
                throw new PackageRejected(cause.getMessage());
            }
            errors.add(file, line + 1, null, cause instanceof CharacterCodingException
                    ? "The file is not valid UTF-8" : "The CSV is malformed (an unclosed quote?)");
        }
        return count;
    }

    /** The column positions, or null (with errors) when the header is not the specification's. */
    private static Map<String, Integer> header(String file, CSVRecord header, List<String> columns,
                                               Set<String> required, ImportErrors errors) {
        List<String> names = new ArrayList<>();
        header.forEach(name -> names.add(name.trim()));
        Set<String> present = new LinkedHashSet<>(names);
        boolean ok = true;
        for (String column : columns) {
            if (!present.contains(column)) {
                errors.add(file, 1, column, required.contains(column)
                        ? "The required column " + column + " is missing"
                        : "The column " + column + " is missing (every column of the specification must be present)");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i < columns.size()) {
                if (!name.equals(columns.get(i))) {
                    errors.add(file, 1, name, "The columns are not in the specification's order: column " + (i + 1)
                            + " must be " + columns.get(i));
                    return null;
                }
            } else if (!name.startsWith("metadata.")) {
                errors.add(file, 1, name, "Unknown column " + name + " (extension columns start with metadata.)");
                return null;
            }
        }
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i), i);
        }
        return positions;
    }

    /** A strict UTF-8 reader that skips a leading byte order mark. */
    private static Reader utf8(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] bom = new byte[3];
        int n = pushback.readNBytes(bom, 0, 3);
        boolean isBom = n == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!isBom && n > 0) {
            pushback.unread(bom, 0, n);
        }
        return new InputStreamReader(pushback, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
