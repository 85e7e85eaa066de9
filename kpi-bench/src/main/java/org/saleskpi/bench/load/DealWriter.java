package org.saleskpi.bench.load;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.saleskpi.demo.DemoSalesModel;

/**
 * One sales rep's day at a faster pace: once a second, in turn, a new deal won today, a change of that deal's amount,
 * and its status changed to lost, each through {@code POST /issues} as an editor sends it. After each write it asks
 * the gadget that shows this month's won revenue until the figure changes: the write-to-visible time, counted from
 * sending the write. The gadget is asked by other users than the clients' so its per-user rate does not slow them.
 */
final class DealWriter implements Runnable {
    private static final Duration PACE = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(20);
    /** A write not visible by then is counted as an error. */
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final Caller writer;
    private final List<Caller> readers;
    private final DashboardMix.Request figure;
    private final String project;
    private final long firstNumber;
    private final ZoneId zone;
    private final Scenario scenario;
    private final long deadline;
    private final Latencies writes = new Latencies();
    private final Latencies visible = new Latencies();
    private int reads;

    DealWriter(Caller writer, List<Caller> readers, DashboardMix.Request figure, String project, long firstNumber,
            ZoneId zone, Scenario scenario, long deadline) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.readers = List.copyOf(readers);
        this.figure = figure;
        this.project = project;
        this.firstNumber = firstNumber;
        this.zone = zone;
        this.scenario = scenario;
        this.deadline = deadline;
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

    @Override
    public void run() {
        long next = System.nanoTime();
        JsonObject deal = null;
        for (int write = 0; System.nanoTime() < deadline; write++) {
            try {
                deal = switch (write % 3) {
                    case 0 -> newWonDeal(firstNumber + write / 3);
                    case 1 -> withAmount(deal, new BigDecimal(deal.getAsJsonObject("fields")
                            .get(DemoSalesModel.AMOUNT_FIELD).getAsString()).add(BigDecimal.valueOf(1_000)));
                    default -> lost(deal);
                };
                writeAndWatch(deal, write % 3 == 0 ? "new-won-deal" : write % 3 == 1 ? "amount-change"
                        : "status-change");
            } catch (IOException e) {
                scenario.failure("write " + e.getClass().getSimpleName());
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

    private void writeAndWatch(JsonObject deal, String what) throws IOException, InterruptedException {
        String before = read();
        long start = System.nanoTime();
        HttpResponse<String> saved = writer.post("/issues", deal.toString());
        writes.add(System.nanoTime() - start);
        if (saved.statusCode() / 100 != 2) {
            scenario.failure("write " + what + " HTTP " + saved.statusCode());
            return;
        }
        if (before == null) {
            return; // nothing to compare with: the failed read is counted
        }
        long giveUp = start + GIVE_UP.toNanos();
        while (System.nanoTime() < giveUp) {
            String now = read();
            if (now != null && !now.equals(before)) {
                visible.add(System.nanoTime() - start);
                return;
            }
            Thread.sleep(POLL.toMillis());
        }
        scenario.failure("write " + what + " never visible");
    }

    /** The gadget's {@code value} (this month's won revenue), or null (counted as a failure) without a 2xx. */
    private String read() throws IOException, InterruptedException {
        Caller reader = readers.get(reads++ % readers.size());
        HttpResponse<String> answer = reader.get(figure.path());
        if (answer.statusCode() / 100 != 2) {
            scenario.failure("writer-read " + figure.kind() + " HTTP " + answer.statusCode());
            return null;
        }
        return String.valueOf(BenchUsers.object(answer).get("value"));
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

    private static JsonObject lost(JsonObject deal) {
        JsonObject changed = deal.deepCopy();
        changed.getAsJsonObject("fields").addProperty("status", "Lost");
        return changed;
    }

    Latencies writes() {
        return writes;
    }

    Latencies visible() {
        return visible;
    }
}
