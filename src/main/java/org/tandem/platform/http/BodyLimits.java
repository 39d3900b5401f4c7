package org.tandem.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Request body limits: one for every endpoint, and the paths that take uploads under their own. */
@ConfigMapping(prefix = "tandem.http")
public interface BodyLimits {

    /** The body limit of every endpoint except {@link #uploadPaths()} (413 beyond). */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Paths whose resources stream large bodies to disk under their own limit (a roster package). */
    List<String> uploadPaths();

    /**
     * Read JSON bodies whole on the event loop before the resource runs ({@link JsonBodies}). On by
     * default; off ({@code TANDEM_HTTP_READ_JSON_AHEAD=false}) the worker thread reads them, as RESTEasy
     * Reactive does by itself: for comparing the two in a benchmark, or should a client ever need it.
     */
    @WithDefault("true")
    boolean readJsonAhead();
}
