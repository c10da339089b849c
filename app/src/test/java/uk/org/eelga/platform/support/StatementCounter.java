package uk.org.eelga.platform.support;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import uk.org.eelga.tenancy.rls.ForwardingDataSource;

/**
 * Counts what the platform sends to PostgreSQL, at the connection level, directly above the connection pool: every
 * statement executed (including the tenant binding's {@code set_config}, which is written by the wrapper above this
 * one), every connection checkout and every transaction (a statement run in auto-commit mode is one; otherwise each
 * {@code commit} or {@code rollback}). It counts every thread, so work the pages hand to other threads is counted too;
 * the tests run with the platform's background jobs off ({@code eelga.stripe.jobs-enabled: false}), and a test that
 * counts must not use the database itself while it counts.
 */
@Singleton
public final class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    private static final AtomicInteger statements = new AtomicInteger();
    private static final AtomicInteger transactions = new AtomicInteger();
    private static final AtomicInteger checkouts = new AtomicInteger();
    private static final List<String> texts = new ArrayList<>();

    /** What was counted since {@link #reset()}. */
    public record Count(int statements, int transactions, int checkouts, Map<String, Integer> repeated) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            text.append(statements)
                    .append(" statements in ")
                    .append(transactions)
                    .append(" transactions, ")
                    .append(checkouts)
                    .append(" connection checkouts");
            repeated.forEach((sql, times) ->
                    text.append("\n    ").append(times).append("x ").append(sql));
            return text.toString();
        }
    }

    /** Below the tenant binding ({@code HIGHEST_PRECEDENCE + 100}): wraps the pool itself. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource pool = event.getBean();
        if (pool instanceof Counting || pool.getClass().getName().contains("TenantBound")) {
            throw new IllegalStateException("the statement counter must wrap the pool, below the tenant binding");
        }
        return new Counting(pool);
    }

    public static void reset() {
        synchronized (texts) {
            statements.set(0);
            transactions.set(0);
            checkouts.set(0);
            texts.clear();
        }
    }

    /** Statements so far (to wait until the page is quiet). */
    public static int statementsSoFar() {
        return statements.get();
    }

    public static Count count() {
        synchronized (texts) {
            Map<String, Integer> bySql = new TreeMap<>();
            for (String sql : texts) {
                bySql.merge(sql, 1, Integer::sum);
            }
            Map<String, Integer> all = new TreeMap<>();
            bySql.forEach((sql, times) -> all.put(abbreviate(sql), times));
            return new Count(statements.get(), transactions.get(), checkouts.get(), all);
        }
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private static void executed(String sql, Connection connection) {
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            autoCommit = false;
        }
        synchronized (texts) {
            statements.incrementAndGet();
            if (autoCommit) {
                transactions.incrementAndGet();
            }
            texts.add(sql == null ? "(batch)" : sql);
        }
    }

    private static final class Counting extends ForwardingDataSource {

        Counting(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(pool.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            checkouts.incrementAndGet();
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    new ConnectionHandler(connection));
        }
    }

    private record ConnectionHandler(Connection target) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            Object result = call(target, method, args);
            switch (name) {
                case "commit", "rollback" -> {
                    if (args == null || args.length == 0) {
                        transactions.incrementAndGet();
                    }
                }
                case "prepareStatement", "prepareCall" -> {
                    Class<?> type = name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class;
                    return Proxy.newProxyInstance(
                            StatementCounter.class.getClassLoader(),
                            new Class<?>[] {type},
                            new StatementHandler((Statement) result, (String) args[0], (Connection) proxy));
                }
                case "createStatement" -> {
                    return Proxy.newProxyInstance(
                            StatementCounter.class.getClassLoader(),
                            new Class<?>[] {Statement.class},
                            new StatementHandler((Statement) result, null, (Connection) proxy));
                }
                default -> {}
            }
            return result;
        }
    }

    private record StatementHandler(Statement target, String prepared, Connection connection)
            implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.startsWith("execute")) {
                String sql = prepared != null ? prepared : (args != null && args.length > 0 ? (String) args[0] : null);
                executed(sql, connection);
            } else if (name.equals("getConnection")) {
                return connection;
            }
            return call(target, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
