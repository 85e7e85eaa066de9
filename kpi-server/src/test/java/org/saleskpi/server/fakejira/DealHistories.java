package org.saleskpi.server.fakejira;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates believable deals: created over two years, walking the deal workflow forwards and
 * sometimes back, amounts revised, close dates pushed, owners changed, most closing as Won or Lost, a
 * few lost deals reopened. Three deals get 300+ change groups (long negotiations), a few enterprise
 * deals carry the issue security level.
 */
final class DealHistories {
    static final List<FakeProject> PROJECTS = List.of(
            new FakeProject("10000", "DEAL", "Deals", null),
            new FakeProject("10001", "ENT", "Enterprise deals", 10300L),
            new FakeProject("10002", "SMB", "Small business", null),
            new FakeProject("10003", "PART", "Partner deals", null));
    static final int LONG_HISTORY = 300;

    private static final List<String> COMPANIES = List.of("Acme", "Globex", "Initech", "Umbrella", "Hooli",
            "Stark Industries", "Wayne Enterprises", "Tyrell", "Cyberdyne", "Soylent", "Wonka", "Oscorp",
            "Aperture", "Black Mesa", "Vandelay", "Pied Piper", "Dunder Mifflin", "Prestige Worldwide",
            "Gringotts", "Monarch", "Nakatomi", "Duff", "Krusty", "Sirius", "Virtucon", "Zorg");
    private static final List<String> PRODUCTS = List.of("seats", "platform licence", "support renewal",
            "onboarding", "analytics add-on", "enterprise upgrade");
    private static final List<String> LABELS = List.of("inbound", "upsell", "strategic", "q-end", "competitive");
    private static final String[] STAGE = {"Discovery", "Solution", "Proposal", "Commit"};
    private static final double[] PROBABILITY = {10, 25, 50, 75};
    private static final String[] FORECAST = {"Pipeline", "Pipeline", "Best case", "Commit"};

    private final SplittableRandom random;
    private final FakeSite site;
    private final List<String> reps;

    DealHistories(long seed, FakeSite site) {
        this.random = new SplittableRandom(seed);
        this.site = site;
        // Everyone but the sync account and the executive owns deals.
        this.reps = site.users().subList(2, site.users().size()).stream().map(FakeUser::accountId).toList();
    }

    void generate(int count) {
        Instant now = site.now();
        Instant start = now.minus(Duration.ofDays(730));
        long spanMillis = Duration.between(start, now).toMillis() * 97 / 100;
        String[] projectOf = new String[count];
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            projectOf[i] = r < 0.55 ? "DEAL" : r < 0.75 ? "ENT" : r < 0.95 ? "SMB" : "PART";
        }
        Set<Integer> longOnes = pick(Math.min(3, count), Math.max(1, count / 2), i -> true, projectOf);
        Set<Integer> secured = pick(Math.max(2, count / 200), count, i -> projectOf[i].equals("ENT"), projectOf);
        long id = 10_000;
        for (int i = 0; i < count; i++) {
            id += 1 + random.nextInt(3); // gaps, as other projects' issues leave them
            long slot = spanMillis / Math.max(1, count);
            Instant created = start.plusMillis(slot * i + random.nextLong(Math.max(1, slot)))
                    .truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            String project = projectOf[i];
            Long level = secured.contains(i) ? site.project(project).securityLevelId() : null;
            site.put(deal(id, project, created, longOnes.contains(i), level));
        }
    }

    private Set<Integer> pick(int howMany, int below, java.util.function.IntPredicate allowed, String[] projectOf) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < below && i < projectOf.length; i++) {
            if (allowed.test(i)) {
                candidates.add(i);
            }
        }
        Set<Integer> picked = new HashSet<>();
        while (picked.size() < Math.min(howMany, candidates.size())) {
            picked.add(candidates.get(random.nextInt(candidates.size())));
        }
        return picked;
    }

    private FakeIssue deal(long id, String project, Instant created, boolean longHistory, Long securityLevel) {
        Instant now = site.now();
        String owner = pickRep();
        String company = COMPANIES.get(random.nextInt(COMPANIES.size())) + (random.nextInt(4) == 0 ? " " + (2 + random.nextInt(9)) : "");
        Map<String, Object> f = new LinkedHashMap<>();
        String issueType = random.nextInt(7) == 0 ? "Renewal" : "Deal";
        f.put("summary", company + " – " + PRODUCTS.get(random.nextInt(PRODUCTS.size())));
        f.put("status", "Lead");
        f.put("issuetype", issueType);
        f.put("project", project);
        f.put("priority", List.of("High", "Medium", "Medium", "Low").get(random.nextInt(4)));
        f.put("labels", random.nextInt(3) == 0 ? List.of(LABELS.get(random.nextInt(LABELS.size()))) : List.of());
        if (random.nextInt(20) != 0) {
            f.put("assignee", owner);
        }
        f.put("reporter", owner);
        f.put("creator", owner);
        f.put("created", created);
        f.put(FakeSchema.AMOUNT, (double) (5_000 + 500 * random.nextInt(1 + (project.equals("ENT") ? 800 : 200))));
        f.put(FakeSchema.CLOSE_DATE, LocalDate.ofInstant(created, site.zone()).plusDays(30 + random.nextInt(90)));
        f.put(FakeSchema.PROBABILITY, PROBABILITY[0]);
        f.put(FakeSchema.FORECAST, FORECAST[0]);
        f.put(FakeSchema.DEAL_STAGE, STAGE[0]);
        f.put(FakeSchema.LEAD_SOURCE, pickOption(FakeSchema.LEAD_SOURCE));
        f.put(FakeSchema.REGION, pickOption(FakeSchema.REGION));
        f.put(FakeSchema.CUSTOMER, company);

        List<FakeChangeGroup> groups = new ArrayList<>();
        int events = longHistory ? LONG_HISTORY + random.nextInt(60) : 2 + random.nextInt(14);
        long room = Duration.between(created, now).toMillis();
        int stage = 0;
        Instant t = created;
        for (int attempt = 0; groups.size() < events && attempt < 2 * events; attempt++) {
            long gap = longHistory ? room * 10 / (events * 13L + 20) : (long) (-Math.log(1 - random.nextDouble()) * 60 * 3_600_000L);
            t = t.plusMillis(Math.max(60_000, gap));
            if (!t.isBefore(now)) {
                break;
            }
            String author = f.containsKey("assignee") && random.nextInt(5) != 0 ? (String) f.get("assignee") : pickRep();
            List<FakeChangeItem> items = new ArrayList<>();
            String status = (String) f.get("status");
            boolean closed = status.equals("Won") || status.equals("Lost");
            double r = random.nextDouble();
            if (closed) {
                if (status.equals("Lost") && r < 0.05) { // a lost deal comes back
                    stage = 3;
                    move(f, items, "Negotiation", stage);
                    change(f, items, "resolution", null);
                    f.remove("resolutiondate");
                } else {
                    break;
                }
            } else if (r < 0.40) {
                if (stage < 3) {
                    move(f, items, FakeSchema.STATUSES.get(++stage).name(), stage);
                } else if (!longHistory) {
                    boolean won = random.nextDouble() < 0.45;
                    change(f, items, "status", won ? "Won" : "Lost");
                    change(f, items, "resolution", won ? "Done" : "Won't Do");
                    change(f, items, FakeSchema.PROBABILITY, won ? 100.0 : 0.0);
                    change(f, items, FakeSchema.FORECAST, won ? "Closed" : "Omitted");
                    change(f, items, FakeSchema.DEAL_STAGE, "Closed");
                    f.put("resolutiondate", t);
                } else {
                    move(f, items, FakeSchema.STATUSES.get(--stage).name(), stage);
                }
            } else if (r < 0.52 && stage >= 1) {
                move(f, items, FakeSchema.STATUSES.get(--stage).name(), stage);
            } else if (r < 0.70) {
                double amount = (Double) f.get(FakeSchema.AMOUNT);
                // Revisions are symmetric on a log scale (x0.8 .. x1.25), so long negotiations do not drift to zero.
                double factor = Math.exp((random.nextDouble() * 2 - 1) * Math.log(1.25));
                double revised = Math.max(1_000, Math.round(amount * factor / 500) * 500.0);
                revised = revised == amount ? amount + 500 : revised;
                change(f, items, FakeSchema.AMOUNT, revised);
            } else if (r < 0.86) {
                LocalDate close = (LocalDate) f.get(FakeSchema.CLOSE_DATE);
                change(f, items, FakeSchema.CLOSE_DATE, close.plusDays(7 + random.nextInt(40)));
            } else if (r < 0.94) {
                change(f, items, "assignee", pickRep());
            } else {
                change(f, items, "priority", List.of("Highest", "High", "Medium", "Low").get(random.nextInt(4)));
            }
            if (!items.isEmpty()) {
                groups.add(new FakeChangeGroup(String.valueOf(site.nextChangeId()), author, t, items));
            }
        }
        f.put("updated", groups.isEmpty() ? created : groups.get(groups.size() - 1).created());
        return new FakeIssue(String.valueOf(id), site.nextKey(project), project, issueType, f, groups, securityLevel);
    }

    /** A status move with the stage, probability and forecast category that go with it. */
    private void move(Map<String, Object> f, List<FakeChangeItem> items, String status, int stage) {
        change(f, items, "status", status);
        change(f, items, FakeSchema.DEAL_STAGE, STAGE[stage]);
        change(f, items, FakeSchema.PROBABILITY, PROBABILITY[stage]);
        change(f, items, FakeSchema.FORECAST, FORECAST[stage]);
    }

    private void change(Map<String, Object> f, List<FakeChangeItem> items, String fieldId, Object to) {
        Object from = f.get(fieldId);
        if (java.util.Objects.equals(from, to)) {
            return;
        }
        items.add(ChangeItems.of(site, fieldId, from, to));
        if (to == null) {
            f.remove(fieldId);
        } else {
            f.put(fieldId, to);
        }
    }

    private String pickRep() {
        return reps.get(random.nextInt(reps.size()));
    }

    private String pickOption(String fieldId) {
        List<Map.Entry<String, String>> options = FakeSchema.OPTIONS.get(fieldId);
        return options.get(random.nextInt(options.size())).getKey();
    }
}
