package org.tandem.notifications.live;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The connections live updates hold outside the application's pool: the LISTEN connection, and one
 * each for the writer and the delivery threads ({@link LiveConnection}). A pool sized to the machine
 * (twice its cores) is all taken when requests queue, and delivery that borrowed from it waited behind
 * them for seconds (bench/performance-notes.md, sessions 16 and 17); these three never wait for the pool, and
 * the pool never waits for them. Each names itself in {@code pg_stat_activity.application_name}.
 *
 * <p>They connect as the pool does: its URL (or {@code tandem.live.listen-jdbc-url} for LISTEN), user,
 * password and {@code quarkus.datasource.jdbc.additional-jdbc-properties.*} (TLS settings, for one).
 */
@ApplicationScoped
class LiveDatabase {

    private final String url;
    private final String listenUrl;
    private final Properties pool = new Properties();

    LiveDatabase(LiveSettings settings, AgroalDataSource dataSource, Config config) {
        // The pool's own connection settings, as Quarkus resolved them (additional properties included).
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        this.url = factory.jdbcUrl();
        this.listenUrl = settings.listenJdbcUrl().orElse(url);
        pool.putAll(factory.jdbcProperties());
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(user -> pool.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(pw -> pool.setProperty("password", pw));
    }

    /** A new LISTEN connection (the caller closes it). */
    Connection listening() throws SQLException {
        return DriverManager.getConnection(listenUrl, properties("tandem-live-listen"));
    }

    /** A connection of one thread's own, opened when first used; {@code name} shows in pg_stat_activity. */
    LiveConnection own(String name) {
        return new LiveConnection(name, () -> DriverManager.getConnection(url, properties(name)));
    }

    /** What a connection of this name is opened with: the pool's properties, and the name. */
    Properties properties(String applicationName) {
        Properties properties = new Properties();
        properties.putAll(pool);
        properties.setProperty("ApplicationName", applicationName);
        return properties;
    }
}
