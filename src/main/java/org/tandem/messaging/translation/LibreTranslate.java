package org.tandem.messaging.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * A LibreTranslate-compatible server: {@code POST {url}/translate} with
 * {@code {q, source, target, format: "text", api_key?}}, answering {@code {translatedText}}.
 * Languages are sent as their primary subtag ({@code es-MX} as {@code es}), which is what
 * LibreTranslate knows. Uses the JDK's HTTP client, so no extra dependency.
 */
@ApplicationScoped
public class LibreTranslate implements TranslationProvider {

    private final TranslationSettings.LibreTranslateSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    LibreTranslate(TranslationSettings settings, ObjectMapper mapper) {
        this.settings = settings.libretranslate();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(this.settings.timeout()).build();
    }

    @Override
    public boolean enabled() {
        return settings.url().filter(url -> !url.isBlank()).isPresent();
    }

    @Override
    public String translate(String text, String from, String to) {
        String base = settings.url().orElseThrow(() -> new TranslationFailure("LibreTranslate is not configured"));
        ObjectNode body = mapper.createObjectNode().put("q", text).put("source", primary(from))
                .put("target", primary(to)).put("format", "text");
        settings.apiKey().ifPresent(key -> body.put("api_key", key));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/translate"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TranslationFailure("LibreTranslate is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationFailure("Interrupted while translating", e);
        }
        if (response.statusCode() != 200) {
            throw new TranslationFailure("LibreTranslate answered " + response.statusCode());
        }
        try {
            JsonNode translated = mapper.readTree(response.body()).get("translatedText");
            if (translated == null || !translated.isTextual()) {
                throw new TranslationFailure("LibreTranslate's answer has no translatedText");
            }
            return translated.asText();
        } catch (IOException e) {
            throw new TranslationFailure("LibreTranslate's answer is not JSON", e);
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
