package org.saleskpi.server.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSpec;

/**
 * The people of the demo project by the user keys the generator assigns, with made-up names so
 * that charts and leaderboards read like a real team's. They have no login until an administrator
 * gives them a password.
 */
public final class DemoPeople {
    private static final List<String> NAMES = List.of(
            "Avery Brooks", "Jordan Kim", "Sam Okafor", "Riley Novak", "Taylor Reyes", "Casey Lindqvist",
            "Morgan Iyer", "Jamie Duarte", "Alex Moreau", "Robin Sato", "Drew Kowalski", "Quinn Adeyemi");

    private DemoPeople() {
    }

    /** Display names by user key: the spec's reps, then the sales manager. */
    public static Map<String, String> of(DemoSpec spec) {
        Map<String, String> people = new LinkedHashMap<>();
        List<String> reps = spec.repKeys();
        for (int i = 0; i < reps.size(); i++) {
            people.put(reps.get(i), i < NAMES.size() ? NAMES.get(i) : "Sales Rep " + (i + 1));
        }
        people.put(DemoIssues.MANAGER, "Pat Winter");
        return people;
    }
}
