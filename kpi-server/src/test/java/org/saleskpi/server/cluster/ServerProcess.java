package org.saleskpi.server.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone server in a process of its own ({@code java} on this test run's class path, running the server's
 * {@code Main}), on a free port, with its data directory and its log under the test run's folder: a node as an
 * operator starts one. {@link #kill()} ends it as {@code kill -9} would.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("Sales KPI is running on http://[^:]+:(\\d+)/");

    private final Process process;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a node and waits until it says it is ready. */
    static ServerProcess start(Path dataDir, Path log, String dbUrl, String dbUser, String dbPassword,
            Map<String, String> environment) throws IOException, InterruptedException {
        return start(dataDir, log, List.of("--db-url", dbUrl, "--db-user", dbUser, "--db-password", dbPassword,
                "--no-demo"), environment, line -> false);
    }

    /**
     * Starts a server on {@code dataDir} with the further {@code options} (none: H2 in the data directory, with the
     * demo) and waits until it says it is ready. Each line it prints before is offered to {@code killAt}: the first
     * it accepts kills the process there and then, as {@code kill -9}, and this throws {@link KilledWhileStarting}.
     */
    public static ServerProcess start(Path dataDir, Path log, List<String> options, Map<String, String> environment,
            Predicate<String> killAt) throws IOException, InterruptedException {
        return start(List.of(), dataDir, log, options, environment, killAt);
    }

    /** As {@link #start(Path, Path, List, Map, Predicate)}, with further options of the JVM ({@code -Dname=value}). */
    public static ServerProcess start(List<String> jvmOptions, Path dataDir, Path log, List<String> options,
            Map<String, String> environment, Predicate<String> killAt) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // Surefire runs tests from a manifest-only jar; the real class path is in this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // C1 only: a node starts in about half the time, which three starts per test run feel.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath));
        command.addAll(jvmOptions);
        command.addAll(List.of("org.saleskpi.server.Main", "--port", "0", "--data-dir", dataDir.toString()));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (!ready.isDone() && killAt.test(line)) {
                        process.destroyForcibly();
                        ready.completeExceptionally(new KilledWhileStarting(line));
                    }
                    Matcher matcher = READY.matcher(line);
                    if (matcher.find()) {
                        ready.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
                ready.completeExceptionally(new IllegalStateException("the node ended before it was ready; see "
                        + log));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServerProcess(process, ready.get(120, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            process.destroyForcibly().waitFor();
            if (e.getCause() instanceof KilledWhileStarting killed) {
                throw killed;
            }
            throw new IllegalStateException("the node did not start; see " + log, e);
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the node did not start; see " + log, e);
        }
    }

    /** The server was killed on the line it printed while starting, as asked. */
    public static final class KilledWhileStarting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KilledWhileStarting(String line) {
            super("killed at: " + line);
        }
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        return send(request(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public HttpResponse<String> put(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/rest/saleskpi/1.0" + path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ends the process at once, as {@code kill -9}: no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as SIGTERM does, then forcibly when it takes too long. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
