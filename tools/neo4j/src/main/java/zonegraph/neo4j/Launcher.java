package zonegraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts an embedded Neo4j 5.26 (Community) via neo4j-harness, exposing Bolt only.
 *
 * <pre>
 * java -Xmx1g -cp "tools/neo4j/target/lib/*:tools/neo4j/target/classes" zonegraph.neo4j.Launcher \
 *      [--port 0] [--host 127.0.0.1] [--dir DIR] [--password PW | --no-auth] [--pagecache 256m]
 * </pre>
 *
 * When ready prints exactly one line {@code NEO4J_READY bolt://HOST:PORT} on stdout. Every
 * other diagnostic goes to stderr (System.out is redirected to stderr). Runs until stdin is
 * closed (EOF) or the JVM gets SIGTERM/SIGINT, then shuts the database down cleanly.
 *
 * With a password, auth is enabled and user {@code neo4j} gets that password (no forced
 * change). Without {@code --password} (or with {@code --no-auth}) auth is disabled.
 */
public final class Launcher {
    private static final PrintStream STDOUT = System.out;
    private static final PrintStream ERR = System.err;

    private static final AtomicBoolean closed = new AtomicBoolean(false);
    private static volatile Neo4j neo4j;

    private Launcher() {}

    public static void main(String[] args) {
        // Keep stdout clean for the single READY line: anything else that prints goes to stderr.
        System.setOut(ERR);

        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            ERR.println("[neo4j-launcher] " + e.getMessage());
            ERR.println(Options.USAGE);
            System.exit(2);
            return;
        }

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-launcher-shutdown"));

        long t0 = System.nanoTime();
        URI bolt;
        try {
            Files.createDirectories(opts.dir);
            neo4j = build(opts).build();
            if (opts.password != null) {
                // Fresh system db: user neo4j exists with the default password and a forced change.
                // Embedded transactions run with full privileges, so set the real password here.
                neo4j.databaseManagementService()
                        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                        .executeTransactionally(
                                "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                                Map.of("pw", opts.password));
            }
            // Make sure the default database "neo4j" is up and answering.
            long one = neo4j.defaultDatabaseService()
                    .executeTransactionally("RETURN 1 AS one", Map.of(), r -> (Long) r.next().get("one"));
            if (one != 1L) {
                throw new IllegalStateException("default database sanity query returned " + one);
            }
            bolt = neo4j.boltURI();
        } catch (Throwable e) {
            ERR.println("[neo4j-launcher] failed to start Neo4j: " + e);
            e.printStackTrace(ERR);
            Neo4j n = neo4j;
            if (n != null) {
                try {
                    n.printLogs(ERR);
                } catch (Throwable ignored) {
                    // best effort
                }
            }
            ERR.flush();
            // halt: skip shutdown hooks that might block on a half-started database
            Runtime.getRuntime().halt(1);
            return;
        }

        String uri = "bolt://" + opts.host + ":" + bolt.getPort();
        ERR.printf("[neo4j-launcher] Neo4j %s ready at %s in %d ms (auth %s, data under %s)%n",
                org.neo4j.kernel.internal.Version.getNeo4jVersion(), uri,
                Duration.ofNanos(System.nanoTime() - t0).toMillis(),
                opts.password != null ? "enabled" : "disabled", opts.dir);
        STDOUT.println("NEO4J_READY " + uri);
        STDOUT.flush();

        Thread stdinWatcher = new Thread(() -> {
            try {
                InputStream in = System.in;
                byte[] buf = new byte[256];
                while (in.read(buf) != -1) {
                    // ignore input; we only care about EOF
                }
            } catch (IOException ignored) {
                // treat as EOF
            }
            ERR.println("[neo4j-launcher] stdin closed, shutting down");
            stop.countDown();
        }, "neo4j-launcher-stdin");
        stdinWatcher.setDaemon(true);
        stdinWatcher.start();

        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0); // runs the shutdown hook -> clean shutdown
    }

    private static Neo4jBuilder build(Options o) {
        boolean auth = o.password != null;
        return Neo4jBuilders.newInProcessBuilder(o.dir)
                .withDisabledServer() // no HTTP/HTTPS connectors (no Jetty)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(o.host, o.port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(o.host, o.port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                .withConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                // No lock-out after failed logins: wrong-password tests must not rate-limit others.
                .withConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .withConfig(GraphDatabaseSettings.pagecache_memory, o.pagecacheBytes)
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .withConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // Internal (unsupported) knobs: Netty's graceful shutdown defaults to a quiet period
                // that made every stop take ~10 s. A throw-away test server does not need that.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
    }

    private static void shutdown() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Neo4j n = neo4j;
        if (n == null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            n.close(); // also deletes the harness' random sub-directory under --dir
            ERR.printf("[neo4j-launcher] Neo4j stopped cleanly in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - t0).toMillis());
        } catch (Throwable e) {
            ERR.println("[neo4j-launcher] error during shutdown: " + e);
        }
        ERR.flush();
    }

    private static final class Options {
        static final String USAGE = "usage: Launcher [--port N (0 = free port)] [--host 127.0.0.1] [--dir DIR] "
                + "[--password PW | --no-auth] [--pagecache 256m]";

        int port = 0;
        String host = "127.0.0.1";
        Path dir;
        String password;
        long pagecacheBytes = 256L * 1024 * 1024;

        static Options parse(String[] args) {
            Options o = new Options();
            boolean noAuth = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--port" -> o.port = parsePort(value(args, ++i, a));
                    case "--host" -> o.host = value(args, ++i, a);
                    case "--dir" -> o.dir = Path.of(value(args, ++i, a)).toAbsolutePath();
                    case "--password" -> o.password = value(args, ++i, a);
                    case "--no-auth" -> noAuth = true;
                    case "--pagecache" -> o.pagecacheBytes = parseBytes(value(args, ++i, a));
                    case "--help", "-h" -> throw new IllegalArgumentException("help requested");
                    default -> throw new IllegalArgumentException("unknown argument: " + a);
                }
            }
            if (noAuth) {
                o.password = null;
            }
            if (o.password != null && o.password.isEmpty()) {
                throw new IllegalArgumentException("--password must not be empty (use --no-auth)");
            }
            if (o.dir == null) {
                try {
                    o.dir = Files.createTempDirectory("zonegraph-neo4j-");
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot create temp dir: " + e.getMessage());
                }
            }
            return o;
        }

        private static String value(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException("missing value for " + flag);
            }
            return args[i];
        }

        private static int parsePort(String s) {
            try {
                int p = Integer.parseInt(s);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad --port: " + s);
            }
        }

        private static long parseBytes(String s) {
            String t = s.trim().toLowerCase(java.util.Locale.ROOT);
            long mul = 1;
            if (t.endsWith("k")) {
                mul = 1024L;
            } else if (t.endsWith("m")) {
                mul = 1024L * 1024;
            } else if (t.endsWith("g")) {
                mul = 1024L * 1024 * 1024;
            }
            if (mul != 1) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                return Long.parseLong(t) * mul;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad --pagecache: " + s);
            }
        }
    }
}
