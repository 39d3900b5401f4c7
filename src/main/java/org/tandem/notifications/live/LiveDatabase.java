package org.tandem.notifications.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The connections live updates hold outside the application's pool: the LISTEN connection, and one
 * each for the writer and the delivery threads ({@link LiveConnection}). A pool sized to the machine
 * (twice its cores) is all taken when requests queue, and delivery that borrowed from it waited behind
 * them for seconds (bench/performance-notes.md, session 16); these three never wait for the pool, and
 * the pool never waits for them. Each names itself in {@code pg_stat_activity.application_name}.
 */
@ApplicationScoped
class LiveDatabase {

    private final String url;
    private final String listenUrl;
    private final String user;
    private final String password;

    LiveDatabase(LiveSettings settings,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                 @ConfigProperty(name = "quarkus.datasource.username") String user,
                 @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.listenUrl = settings.listenJdbcUrl().orElse(url);
        this.user = user;
        this.password = password;
    }

    /** A new LISTEN connection (the caller closes it). */
    Connection listening() throws SQLException {
        return DriverManager.getConnection(listenUrl, properties("tandem-live-listen"));
    }

    /** A connection of one thread's own, opened when first used; {@code name} shows in pg_stat_activity. */
    LiveConnection own(String name) {
        return new LiveConnection(name, () -> DriverManager.getConnection(url, properties(name)));
    }

    private Properties properties(String applicationName) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName);
        return properties;
    }
}
