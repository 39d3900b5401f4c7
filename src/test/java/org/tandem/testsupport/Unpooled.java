package org.tandem.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection to the test database outside the application's pool, as the configuration names it: for
 * a test that must work while the pool is fully taken, that plays a second instance (its own LISTEN, its
 * own transaction), or that terminates backends and must not be handed a terminated one.
 */
public final class Unpooled {

    private Unpooled() {
    }

    public static Connection connection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
