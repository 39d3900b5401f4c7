package org.tandem.roster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One pull's conversation with a OneRoster 1.2 REST provider: an OAuth 2.0 client-credentials token
 * (client_secret_basic; cached across pulls, fetched again once on a 401) and pages of a collection
 * with {@code limit}, {@code offset} and an optional {@code filter}. Every request is bounded in time
 * and size, so a provider that stalls or sends a page that never ends fails the pull with a reason.
 */
final class OneRosterClient {

    /** One page: its records and the provider's X-Total-Count, if sent. */
    record Page(JsonNode records, OptionalLong total) {
    }

    private final HttpClient http;
    private final ObjectMapper json;
    private final RosterSettings.Rest settings;
    private final ProviderTokens tokens;
    private final String tokenKey;
    private final String baseUrl;
    private final String tokenUrl;
    private final CredentialBox.Credentials credentials;
    private final String scope;
    private final Backoff backoff;
    private final java.time.Clock clock;
    /** How the last request's retries ended ("; gave up after 5 attempts in 31.0 s"), for the failure's reason. */
    private String gaveUp = "";

    /** Answers worth asking again: too many requests, and the server errors that pass (not 501 or 505). */
    static final java.util.Set<Integer> RETRIED_STATUSES = java.util.Set.of(408, 429, 500, 502, 503, 504);

    OneRosterClient(HttpClient http, ObjectMapper json, RosterSettings.Rest settings, ProviderTokens tokens,
                    RestSources.RestSource source, CredentialBox.Credentials credentials) {
        this.http = http;
        this.json = json;
        this.settings = settings;
        this.tokens = tokens;
        this.tokenKey = source.tenant() + "|" + source.createdAt() + "|" + source.version();
        this.baseUrl = source.baseUrl();
        this.tokenUrl = source.tokenUrl();
        this.credentials = credentials;
        this.scope = source.scope();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.clock = java.time.Clock.systemUTC();
    }

    /** GET {base}/{collection}?limit=&offset=[&filter=]; the records are the answer's {collection} array. */
    Page page(String collection, long offset, int limit, String filter) {
        String query = "limit=" + limit + "&offset=" + offset
                + (filter == null ? "" : "&filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        String what = "GET " + collection + " (offset " + offset + ")";
        URI uri = URI.create(baseUrl + "/" + collection + "?" + query);
        HttpResponse<byte[]> response = get(uri, token(), what);
        if (response.statusCode() == 401) {
            tokens.drop(tokenKey);
            response = get(uri, token(), what);
            if (response.statusCode() == 401) {
                throw new ProviderFailure("The provider refused a freshly issued token (401) for " + what
                        + "; check the client's scopes at the provider");
            }
        }
        if (response.statusCode() != 200) {
            throw new ProviderFailure("The provider answered " + response.statusCode() + " to " + what
                    + providerSays(response.body()) + (response.statusCode() / 100 == 3 ? " (redirects are not followed)" : "")
                    + gaveUp);
        }
        JsonNode body = parse(response.body(), "The provider's answer to " + what);
        JsonNode records = body.get(collection);
        if (records == null || !records.isArray()) {
            throw new ProviderFailure("The provider's answer to " + what + " has no '" + collection + "' array");
        }
        OptionalLong total = OptionalLong.empty();
        String header = response.headers().firstValue("X-Total-Count").orElse(null);
        if (header != null) {
            try {
                total = OptionalLong.of(Long.parseLong(header.trim()));
            } catch (NumberFormatException ignored) {
                // a malformed count is only a progress hint
            }
        }
        return new Page(records, total);
    }

    private HttpResponse<byte[]> get(URI uri, String token, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return send(request, what);
    }

    /** The cached token, or a new one from the token endpoint. */
    private String token() {
        return tokens.current(tokenKey).orElseGet(() -> {
            String form = "grant_type=client_credentials"
                    + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
            String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(credentials.clientId(), StandardCharsets.UTF_8)
                    + ":" + URLEncoder.encode(credentials.clientSecret(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(settings.requestTimeout())
                    .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            HttpResponse<byte[]> response = send(request, "the token request");
            if (response.statusCode() != 200) {
                throw new ProviderFailure("The provider's token endpoint answered " + response.statusCode()
                        + providerSays(response.body()) + (RETRIED_STATUSES.contains(response.statusCode()) ? gaveUp
                        : "; check the client id, secret and scope"));
            }
            JsonNode body = parse(response.body(), "The token endpoint's answer");
            JsonNode token = body.get("access_token");
            if (token == null || !token.isTextual() || token.asText().isBlank()) {
                throw new ProviderFailure("The token endpoint's answer has no access_token");
            }
            JsonNode expiresIn = body.get("expires_in");
            tokens.keep(tokenKey, token.asText(), expiresIn != null && expiresIn.canConvertToLong() ? expiresIn.asLong() : 300);
            return token.asText();
        });
    }

    /**
     * Sends a request, retrying what may pass (429, 500, 502, 503, 504, a timeout, a failed
     * connection) with exponential backoff and jitter, or after the provider's Retry-After. The
     * last answer is returned when the attempts run out; {@link #gaveUp} then says how they went.
     */
    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        String forbidden = ProviderAddresses.forbidden(request.uri(), settings.allowPrivateAddresses());
        if (forbidden != null) {
            throw new ProviderFailure("The pull does not call " + forbidden + " (" + what + ")");
        }
        gaveUp = "";
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = null;
            ProviderFailure failure = null;
            try {
                response = once(request, what);
                if (!RETRIED_STATUSES.contains(response.statusCode())) {
                    return response;
                }
            } catch (ProviderFailure e) {
                if (!e.retryable) {
                    throw e;
                }
                failure = e;
            }
            Duration retryAfter = response == null ? null : Backoff.retryAfter(response.headers(), clock.instant());
            Duration wait = retryAfter != null ? retryAfter : backoff.before(attempt + 1);
            String spent = String.format(java.util.Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
            if (attempt >= settings.maxAttempts()) {
                gaveUp = attempt == 1 ? "" : "; gave up after " + attempt + " attempts in " + spent;
            } else if (retryAfter != null && retryAfter.compareTo(settings.maxBackoff()) > 0) {
                gaveUp = "; the provider asked to wait " + retryAfter.toSeconds() + " s (Retry-After), longer than the "
                        + settings.maxBackoff().toSeconds() + " s a pull waits";
            } else {
                Backoff.sleep(wait);
                continue;
            }
            if (failure != null) {
                throw new ProviderFailure(failure.getMessage() + gaveUp);
            }
            return response;
        }
    }

    /** One attempt: the answer, or a failure ({@link ProviderFailure#retryable} when asking again may help). */
    private HttpResponse<byte[]> once(HttpRequest request, String what) {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new Bounded(settings.maxPageBytes()));
        Duration timeout = settings.requestTimeout();
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new ProviderFailure("The provider did not answer " + what + " within " + timeout.toSeconds()
                    + " s (or its answer never ended)", true);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderFailure("The pull was interrupted (the instance is stopping)");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new ProviderFailure("The provider's answer to " + what + " is larger than "
                        + settings.maxPageBytes() + " bytes (a page that never ends?)");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new ProviderFailure("The provider did not answer " + what + " within " + timeout.toSeconds() + " s", true);
            }
            throw new ProviderFailure("The provider could not be reached for " + what + " ("
                    + (cause == null ? "no reason" : ProviderFailure.clip(cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()))) + ")", cause instanceof IOException);
        }
    }

    private JsonNode parse(byte[] body, String what) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new ProviderFailure(what + " is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new ProviderFailure(what + " is not valid JSON");
        }
    }

    /** The provider's own words, if its error body says anything (imsx_description or OAuth error). */
    private String providerSays(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                for (String field : List.of("imsx_description", "error_description", "error")) {
                    JsonNode value = node.findValue(field);
                    if (value != null && value.isTextual()) {
                        return " (" + ProviderFailure.clip(value.asText()) + ")";
                    }
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: the status says enough
        }
        return "";
    }

    /** Thrown when an answer passes the size limit. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large", null);
        }
    }

    /** Collects an answer's bytes up to a limit, then cancels the exchange. */
    private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Bounded(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    result.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
