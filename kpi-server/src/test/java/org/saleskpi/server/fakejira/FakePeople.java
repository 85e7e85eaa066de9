package org.saleskpi.server.fakejira;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The users of a fake site: a sync account, an executive and sales reps. Cloud account ids come in
 * both public forms (24 hex digits, and "557058:" plus a UUID for older accounts; see the author of the
 * public changelog example "5b10a2844c20165700ede21g" in the Cloud REST docs' Get changelogs response).
 * Data Center keys are the lower-case user name for old accounts and "JIRAUSER" plus a number for users
 * created since Jira 8.0 (UNVERIFIED for the exact number range).
 */
record FakePeople(List<FakeUser> users, Map<String, String> tokens, Set<String> securityMembers,
        Map<String, Set<String>> hiddenProjects, Set<String> administrators) {

    private static final List<String> NAMES = List.of("Sam Sync", "Erin Executive", "Alice Adams", "Bruno Brandt",
            "Chiara Conti", "Daisuke Doi", "Elena Esposito", "Farid Fahmy", "Greta Gruber", "Hiro Hayashi",
            "Ines Ibarra", "Jonas Jansen", "Kavya Kumar", "Liam Lord");

    static FakePeople generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0F_0E0E1EL);
        List<FakeUser> users = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String displayName = NAMES.get(i);
            String name = displayName.toLowerCase(Locale.ROOT).replace(' ', '.');
            String accountId = i % 3 == 1
                    ? "557058:" + new UUID(random.nextLong(), random.nextLong())
                    : hex(random, 24);
            String key = i < 5 ? name : "JIRAUSER" + (10100 + i);
            users.add(new FakeUser(accountId, key, name, displayName, name + "@example.com"));
            tokens.put(accountId, "fake-" + alnum(random, 40));
        }
        Set<String> security = new HashSet<>(Set.of(users.get(0).accountId(), users.get(1).accountId()));
        // Two reps do not see the partner project: per-user visibility differs from the sync account's.
        Map<String, Set<String>> hidden = Map.of(users.get(12).accountId(), Set.of("PART"),
                users.get(13).accountId(), Set.of("PART"));
        return new FakePeople(List.copyOf(users), Map.copyOf(tokens), Set.copyOf(security), hidden,
                Set.of(users.get(0).accountId()));
    }

    /** The sync account: sees every project and every security level, and administers Jira. */
    FakeUser syncAccount() {
        return users.get(0);
    }

    private static String hex(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }

    private static String alnum(SplittableRandom random, int length) {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(letters.charAt(random.nextInt(letters.length())));
        }
        return text.toString();
    }
}
