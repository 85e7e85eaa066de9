package org.saleskpi.bench.load;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoStatus;

/**
 * One sales rep's day at a faster pace: once a second, on the clock, in turn, a new deal won today, a change of that
 * deal's amount, and an open deal's status changed to won, each through {@code POST /issues} as an editor sends it.
 * The writer never waits for a write to show before the next: issue 16 asks for one write a second beside the mix.
 * A watcher asks the gadget that shows this month's won revenue, every 20 ms, until it shows each write: every write
 * raises that figure by a known amount, so write k shows once the figure reaches the sum of the first k raises (the
 * figures only grow: a lower one is an older state, never a later write). The write-to-visible time is counted from
 * sending the write. The gadget is asked by other users than the clients' so its per-user rate does not slow them.
 * The open deals the status changes win are created by {@link #prepare} before the scenario starts.
 */
final class DealWriter implements Runnable {
    private static final Duration PACE = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(20);
    /** A write not visible by then is counted as an error. */
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final BigDecimal RAISE = BigDecimal.valueOf(1_000);

    private final Caller writer;
    private final List<Caller> readers;
    private final DashboardMix.Request figure;
    private final String project;
    private final long firstNumber;
    private final ZoneId zone;
    private final Scenario scenario;
    private final Duration length;
    private final Latencies writes = new Latencies();
    private final Latencies visible = new Latencies();
    /** Writes sent and not yet seen, in the order sent. */
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<JsonObject> openDeals = new ArrayList<>();
    private int reads;
    private boolean writing = true;

    /** A sent write: when it was sent, and the figure that shows it. */
    private record Pending(String what, long sentNanos, BigDecimal shownAt) {
    }

    DealWriter(Caller writer, List<Caller> readers, DashboardMix.Request figure, String project, long firstNumber,
            ZoneId zone, Scenario scenario, Duration length) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.readers = List.copyOf(readers);
        this.figure = figure;
        this.project = project;
        this.firstNumber = firstNumber;
        this.zone = zone;
        this.scenario = scenario;
        this.length = length;
    }

    /** The first free issue number of {@code project}: past the number of its issues, checked to be free. */
    static long firstFreeNumber(Caller caller, String project) throws IOException, InterruptedException {
        HttpResponse<String> count = BenchUsers.expect(caller.getPatiently("/issues?maxResults=0&jql="
                + URLEncoder.encode("project = " + project, StandardCharsets.UTF_8)), 200, "issue count");
        long number = BenchUsers.object(count).get("total").getAsLong() + 1;
        while (caller.get("/issues/" + project + "-" + number).statusCode() != 404) {
            number += 1_000_000;
        }
        return number;
    }

    /**
     * Creates the open deals the scenario's status changes will win (one per three seconds of its length, one
     * spare), before the scenario: creating them does not change the figure, so their writes could not be watched.
     */
    void prepare() throws IOException, InterruptedException {
        long count = length.toSeconds() / 3 + 2;
        for (long i = 0; i < count; i++) {
            JsonObject deal = openDeal(firstNumber + 2 * i + 1);
            HttpResponse<String> saved = writer.post("/issues", deal.toString());
            if (saved.statusCode() / 100 != 2) {
                throw new IOException("open deal HTTP " + saved.statusCode() + ": " + saved.body());
            }
            openDeals.add(deal);
        }
    }

    /** The first issue number past those this writer may use: a later writer starts there. */
    long nextFreeNumber() {
        return firstNumber + 2 * (length.toSeconds() / 3 + 2) + 2;
    }

    @Override
    public void run() {
        long deadline = System.nanoTime() + length.toNanos();
        BigDecimal base;
        try {
            base = value(read());
        } catch (IOException e) {
            scenario.failure("writer-read " + e.getClass().getSimpleName());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (base == null) {
            return; // the failed read is counted
        }
        Thread watching = new Thread(this::watch, "load-writer-watch");
        watching.start();
        try {
            write(base, deadline);
        } finally {
            synchronized (this) {
                writing = false;
                notifyAll();
            }
            try {
                watching.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends one write a second until the deadline, each raising the figure from {@code base} on. */
    private void write(BigDecimal base, long deadline) {
        long next = System.nanoTime();
        BigDecimal expected = base;
        JsonObject deal = null;
        for (int write = 0; System.nanoTime() < deadline; write++) {
            String what;
            JsonObject sent;
            BigDecimal raise;
            if (write % 3 == 0) {
                deal = newWonDeal(firstNumber + 2L * (write / 3));
                sent = deal;
                raise = amount(deal);
                what = "new-won-deal";
            } else if (write % 3 == 1) {
                deal = withAmount(deal, amount(deal).add(RAISE));
                sent = deal;
                raise = RAISE;
                what = "amount-change";
            } else if (write / 3 < openDeals.size()) {
                sent = won(openDeals.get(write / 3));
                raise = amount(sent);
                what = "status-change";
            } else {
                break; // prepared for fewer seconds than ran
            }
            try {
                long start = System.nanoTime();
                HttpResponse<String> saved = writer.post("/issues", sent.toString());
                writes.add(System.nanoTime() - start);
                if (saved.statusCode() / 100 != 2) {
                    scenario.failure("write " + what + " HTTP " + saved.statusCode());
                    return; // the figures expected from here on would be wrong
                }
                expected = expected.add(raise);
                synchronized (this) {
                    pending.addLast(new Pending(what, start, expected));
                    notifyAll();
                }
            } catch (IOException e) {
                scenario.failure("write " + e.getClass().getSimpleName());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            next += PACE.toNanos();
            long wait = Math.min(next, deadline) - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Reads the figure until it shows every write sent, each write's time counted when the figure first reaches its
     * sum; a write not shown within {@link #GIVE_UP} is a failure, and so are those sent after it.
     */
    private void watch() {
        try {
            while (true) {
                Pending oldest;
                synchronized (this) {
                    while (pending.isEmpty() && writing) {
                        wait();
                    }
                    if (pending.isEmpty()) {
                        return;
                    }
                    oldest = pending.peekFirst();
                }
                if (System.nanoTime() - oldest.sentNanos() > GIVE_UP.toNanos()) {
                    synchronized (this) {
                        pending.forEach(never -> scenario.failure("write " + never.what() + " never visible"));
                        pending.clear();
                    }
                    return;
                }
                BigDecimal now = value(read());
                long seen = System.nanoTime();
                synchronized (this) {
                    while (now != null && !pending.isEmpty() && now.compareTo(pending.peekFirst().shownAt()) >= 0) {
                        visible.add(seen - pending.pollFirst().sentNanos());
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            scenario.failure("writer-read " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The gadget's answer, or null (counted as a failure) without a 2xx. */
    private String read() throws IOException, InterruptedException {
        Caller reader = readers.get(reads++ % readers.size());
        HttpResponse<String> answer = reader.get(figure.path());
        if (answer.statusCode() / 100 != 2) {
            scenario.failure("writer-read " + figure.kind() + " HTTP " + answer.statusCode());
            return null;
        }
        return answer.body();
    }

    /** The gadget's {@code value} (this month's won revenue), none without an answer or a value. */
    private static BigDecimal value(String answer) {
        if (answer == null) {
            return null;
        }
        JsonElement value = JsonParser.parseString(answer).getAsJsonObject().get("value");
        return value == null || value.isJsonNull() ? BigDecimal.ZERO : value.getAsBigDecimal();
    }

    private static BigDecimal amount(JsonObject deal) {
        return new BigDecimal(deal.getAsJsonObject("fields").get(DemoSalesModel.AMOUNT_FIELD).getAsString());
    }

    private JsonObject newWonDeal(long number) {
        Instant now = Instant.now();
        JsonObject fields = new JsonObject();
        fields.addProperty("project", project);
        fields.addProperty("issuetype", "Opportunity");
        fields.addProperty("status", "Won");
        fields.addProperty("resolution", "Done");
        fields.addProperty("assignee", "rep0" + (1 + number % 9));
        fields.addProperty("created", now.minus(Duration.ofDays(20)).toString());
        fields.addProperty("resolutiondate", now.toString());
        fields.addProperty("summary", "Deal: load bench " + number + " new business");
        fields.addProperty(DemoSalesModel.AMOUNT_FIELD, BigDecimal.valueOf(10_000 + number % 5_000));
        fields.addProperty(DemoSalesModel.CLOSE_DATE_FIELD, LocalDate.now(zone).toString());
        JsonObject deal = new JsonObject();
        deal.addProperty("key", project + "-" + number);
        deal.add("fields", fields);
        return deal;
    }

    private static JsonObject withAmount(JsonObject deal, BigDecimal amount) {
        JsonObject changed = deal.deepCopy();
        changed.getAsJsonObject("fields").addProperty(DemoSalesModel.AMOUNT_FIELD, amount);
        return changed;
    }

    /** An open deal of this month, in a stage before the decision: no won revenue until {@link #won}. */
    private JsonObject openDeal(long number) {
        JsonObject deal = newWonDeal(number);
        JsonObject fields = deal.getAsJsonObject("fields");
        fields.addProperty("status", DemoStatus.NEGOTIATION.jiraName());
        fields.remove("resolution");
        fields.remove("resolutiondate");
        fields.addProperty("summary", "Deal: load bench " + number + " expansion");
        return deal;
    }

    private static JsonObject won(JsonObject openDeal) {
        JsonObject changed = openDeal.deepCopy();
        JsonObject fields = changed.getAsJsonObject("fields");
        fields.addProperty("status", DemoStatus.WON.jiraName());
        fields.addProperty("resolution", "Done");
        fields.addProperty("resolutiondate", Instant.now().toString());
        return changed;
    }

    Latencies writes() {
        return writes;
    }

    Latencies visible() {
        return visible;
    }
}
