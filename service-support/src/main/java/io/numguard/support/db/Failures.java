package io.numguard.support.db;

import java.sql.SQLException;

/** How a failed database operation should be treated: waited out, or taken as this work's own fault. */
public final class Failures {
    private Failures() {
    }

    /**
     * Whether the database is away or the transaction lost a race (connection errors, admin shutdown,
     * serialisation failure, deadlock): retry later, never set the work aside for it.
     */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P")
                    || s.getSQLState().equals("40001") || s.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's message (what the database said), or its class name. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
