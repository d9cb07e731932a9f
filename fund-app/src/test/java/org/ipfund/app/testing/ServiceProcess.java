package org.ipfund.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ipfund.projections.testing.TestDatabase;

/**
 * The packaged service run as its own process ({@code java -jar fund-app.jar}), as an operator runs it: on
 * a database of the test's (or, with none given, the embedded one), with the test users, a port of its own
 * and its output in a log file. It can be stopped as an operator stops it, or killed.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;

    private ServiceProcess(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** A service on the given database; {@code null} means the embedded PostgreSQL in {@code home}. */
    public static ServiceProcess on(TestDatabase database, Path home, String name, String... arguments) {
        String jar = System.getProperty("fund.packaged-jar");
        assertThat(jar).as("the failsafe plugin names the packaged jar").isNotNull();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar,
                "--server.port=" + port,
                "--fund.audit.signing-key-file=" + home.resolve("checkpoint-signing.key"),
                "--fund.audit.settle-after=1s", "--fund.audit.chain-interval=1s",
                "--fund.audit.chain-batch=1"));
        if (database == null) {
            command.add("--fund.embedded-database.directory=" + home.resolve("postgres-data"));
        } else {
            command.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=" + database.password()));
        }
        String[] names = {TestUsers.TESTER, TestUsers.MANAGER, TestUsers.FINANCE, TestUsers.AUDITOR, TestUsers.ADMIN};
        String[] roles = {"FUND_MANAGER,FINANCE,AUDITOR,ADMIN", "FUND_MANAGER", "FINANCE", "AUDITOR", "ADMIN"};
        for (int i = 0; i < names.length; i++) {
            command.add("--fund.security.users[%d].username=%s".formatted(i, names[i]));
            command.add("--fund.security.users[%d].password={noop}%s".formatted(i, names[i]));
            command.add("--fund.security.users[%d].roles=%s".formatted(i, roles[i]));
        }
        command.addAll(List.of(arguments));
        return new ServiceProcess(command, home.resolve(name + ".log"), port);
    }

    /** Starts the process (again, after a stop or kill: the log goes on in the same file) and waits until healthy. */
    public ServiceProcess start() {
        try {
            Files.writeString(log, "---- starting\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_DATASOURCE"));
            process = builder.start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        awaitHealthy();
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public Api api() {
        return Api.at(base());
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** As an operator stops it: SIGTERM, then waits for the shutdown. */
    public void stop() {
        end(false);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        end(true);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private void end(boolean forcibly) {
        try {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service exited:%n%s", log()).isTrue();
            try {
                if (api().anonymous().get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("the service did not become healthy in " + STARTUP + ":\n" + log());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
