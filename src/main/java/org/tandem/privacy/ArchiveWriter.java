package org.tandem.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an export's archive: a zip with {@code student-records.json} (every section, for machines) and
 * {@code summary.html} (the same, as headed tables a family can read in a browser, with no script and
 * every value escaped).
 */
@ApplicationScoped
class ArchiveWriter {

    static final String JSON = "student-records.json";
    static final String HTML = "summary.html";

    private final ObjectMapper json;

    ArchiveWriter(ObjectMapper json) {
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One section of the archive, with the sentence that introduces it in the summary. */
    record Section(String key, String description, Object content) {
    }

    byte[] write(Map<String, Object> document, List<Section> sections, String title) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(JSON));
            zip.write(json.writeValueAsBytes(document));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(HTML));
            zip.write(html(document, sections, title).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String html(Map<String, Object> document, List<Section> sections, String title) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
                        + "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .5em;"
                        + "text-align:left;vertical-align:top}th{background:#f4f4f4}</style></head><body>\n<h1>")
                .append(escape(title)).append("</h1>\n<p>Generated ").append(escape(String.valueOf(document.get("generatedAt"))))
                .append(". The file ").append(JSON).append(" in this archive holds the same records for software.</p>\n");
        for (Section section : sections) {
            b.append("<h2>").append(escape(section.key())).append("</h2>\n<p>").append(escape(section.description())).append("</p>\n");
            render(b, section.content());
        }
        return b.append("</body></html>\n").toString();
    }

    private static void render(StringBuilder b, Object value) {
        if (value instanceof Map<?, ?> map) {
            b.append("<table>");
            map.forEach((k, v) -> {
                b.append("<tr><th>").append(escape(String.valueOf(k))).append("</th><td>");
                render(b, v);
                b.append("</td></tr>");
            });
            b.append("</table>\n");
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                b.append("<p><em>None</em></p>");
            }
            for (Object item : list) {
                render(b, item);
            }
        } else {
            b.append(value == null ? "" : escape(String.valueOf(value)));
        }
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
