package org.spasmcheck.store;

import java.sql.Types;
import java.time.Instant;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The conventions every table of the store follows, installed on the {@link Jdbi} that {@link Database} hands out.
 * <ul>
 *   <li>An {@link Instant} is stored as BIGINT milliseconds since 1970-01-01T00:00:00Z, the one time type SQLite
 *       and PostgreSQL share. Writing truncates to the millisecond, so a value reads back equal to
 *       {@code instant.truncatedTo(ChronoUnit.MILLIS)}.</li>
 *   <li>Statement exceptions name the SQL but never the bound values: answers are personal health data and
 *       exception messages end up in logs. (Jdbi's default message lists every bound argument.)</li>
 *   <li>Likewise, the statement events that Jdbi records in a Java Flight Recording (profiling a server, say)
 *       and its telemetry carry the SQL but not the bound values.</li>
 * </ul>
 */
final class StoreJdbiPlugin extends JdbiPlugin.Singleton {
    /**
     * How much of the bound values a JFR statement event keeps: Jdbi cuts the text to this length minus 2 and adds
     * an ellipsis, so 2 keeps nothing but the ellipsis (0 or 1 make Jdbi fail, as it then cuts to a negative length).
     */
    private static final int JFR_PARAMETER_CHARACTERS = 2;

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.registerArgument(new InstantAsEpochMillis());
        jdbi.registerColumnMapper(Instant.class, (resultSet, column, context) -> {
            long epochMillis = resultSet.getLong(column);
            return resultSet.wasNull() ? null : Instant.ofEpochMilli(epochMillis);
        });
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StoreJdbiPlugin::messageWithoutValues);
        jdbi.getConfig(SqlStatements.class).setJfrParamMaxLength(JFR_PARAMETER_CHARACTERS)
                .setIncludeBindingsInTelemetry(false);
    }

    private static String messageWithoutValues(StatementException exception) {
        StatementContext context = exception.getStatementContext();
        if (context == null || context.getRenderedSql() == null) {
            return exception.getShortMessage();
        }
        return exception.getShortMessage() + " [statement: \"" + context.getRenderedSql().strip() + "\"]";
    }

    private static final class InstantAsEpochMillis extends AbstractArgumentFactory<Instant> {
        InstantAsEpochMillis() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setLong(position, value.toEpochMilli());
        }
    }
}
