package org.tandem.notifications.live;

import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * One connection outside the pool, used by one thread (the live writer, or the delivery thread) for
 * short transactions. It is opened when first needed and again after it broke: when a unit of work
 * fails and the connection no longer answers, the unit runs once more on a new connection (each unit
 * is one transaction, rolled back by the failure, so running it again is safe). Any other failure is
 * the caller's.
 */
final class LiveConnection implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveConnection.class);

    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final String name;
    private final Opener opener;
    private Connection connection;

    LiveConnection(String name, Opener opener) {
        this.name = name;
        this.opener = opener;
    }

    /** Runs the work in one transaction and commits it; on a broken connection, once more on a new one. */
    synchronized <T> T inTransaction(Work<T> work) {
        try {
            return attempt(work);
        } catch (SQLException first) {
            if (answers()) {
                throw failed(first);
            }
            LOG.warnf("Live connection %s broke (%s); opening a new one", name, first.getMessage());
            discard();
            try {
                return attempt(work);
            } catch (SQLException second) {
                discard();
                throw failed(second);
            }
        }
    }

    @Override
    public synchronized void close() {
        discard();
    }

    private <T> T attempt(Work<T> work) throws SQLException {
        Connection current = open();
        try {
            T result = work.run(current);
            current.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                current.rollback();
            } catch (SQLException ignored) {
                // broken: the transaction is gone with it
            }
            throw e;
        }
    }

    private Connection open() throws SQLException {
        if (connection == null) {
            Connection opened = opener.open();
            opened.setAutoCommit(false);
            connection = opened;
        }
        return connection;
    }

    private boolean answers() {
        try {
            return connection != null && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void discard() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    private IllegalStateException failed(SQLException e) {
        return new IllegalStateException("Live updates' connection " + name + " failed", e);
    }
}
