package org.saleskpi.server.dashboard;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlProjects;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * How much of what a gadget counts a viewer may see. Its figures are computed for each viewer by the gadget API
 * with the viewer's own permissions; this only tells the page when there is nothing to compute, so that a gadget
 * over a project or a goal the viewer may not see says so instead of showing zeros or "not found", and when the
 * figures cover only some of the gadget's projects. It names no project and no goal.
 */
public final class GadgetSight {
    /** What the viewer sees of a gadget; {@link #key()} is the dashboard JSON's {@code sight}. */
    public enum Sight {
        /** Everything the gadget counts, or nothing can be told (no profile: the viewer's first one is used). */
        ALL,
        /** Some of the projects the gadget's scope is confined to, not all: its figures cover only those. */
        SOME,
        /** No project the gadget counts: its profile is gone or of a project the viewer may not browse. */
        NO_PROJECT,
        /** The goal the gadget shows (a battery's) is gone or of a project the viewer may not browse. */
        NO_GOAL;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace("_", "-");
        }

        /** Whether the gadget has figures for the viewer (the dashboard JSON's {@code seen}). */
        public boolean seen() {
            return this == ALL || this == SOME;
        }
    }

    private final AccessPolicy access;
    private final KpiProfileRepository profiles;
    private final GoalRepository goals;

    public GadgetSight(AccessPolicy access, KpiProfileRepository profiles, GoalRepository goals) {
        this.access = access;
        this.profiles = profiles;
        this.goals = goals;
    }

    /** What the viewer sees of a gadget on a page without a narrowing of its own. */
    public Sight of(UserRef viewer, GadgetInstance gadget) {
        return of(viewer, gadget, "");
    }

    /**
     * {@link Sight#NO_GOAL} when the gadget's goal is gone or of a project the viewer may not browse;
     * {@link Sight#NO_PROJECT} when its KPI profile is gone or of a project the viewer may not browse, or what it
     * counts is confined to projects none of which the viewer may browse; {@link Sight#SOME} when the viewer may
     * browse only some of them; else {@link Sight#ALL}, as always for a global administrator. What it counts is
     * confined by the profile's scope, the gadget's own JQL and the page's narrowing {@code pageJql} (blank for none;
     * not for a gadget that pins its own or whose type takes no JQL), all of which the gadget API ANDs.
     */
    public Sight of(UserRef viewer, GadgetInstance gadget, String pageJql) {
        if (access.isSystemAdmin(viewer)) {
            return Sight.ALL;
        }
        Optional<JsonObject> preferences;
        try {
            preferences = preferences(gadget.preferencesJson());
        } catch (RuntimeException e) {
            // Preferences no one can read name no profile anyone may see; the gadget API would refuse them.
            return Sight.NO_PROJECT;
        }
        Optional<Long> goalId = id(preferences, "goal");
        if (goalId.isPresent()) {
            Optional<Goal> goal = goals.get(goalId.get());
            if (goal.isEmpty() || !access.canBrowse(viewer, goal.get().projectKey())) {
                return Sight.NO_GOAL;
            }
        }
        Optional<Long> profileId = id(preferences, "profile");
        if (profileId.isEmpty()) {
            return Sight.ALL;
        }
        Optional<KpiProfile> profile = profiles.get(profileId.get());
        if (profile.isEmpty() || !access.canBrowse(viewer, profile.get().projectKey())) {
            return Sight.NO_PROJECT;
        }
        Optional<Set<String>> confinedTo = scopeProjects(profile.get().model().scopeJql());
        if (takesJql(gadget)) {
            confinedTo = within(confinedTo, scopeProjects(text(preferences, "jql")));
            if (!"true".equals(text(preferences, "pinned"))) {
                confinedTo = within(confinedTo, scopeProjects(pageJql == null ? "" : pageJql));
            }
        }
        if (confinedTo.isEmpty() || confinedTo.get().isEmpty()) {
            // Unconfined, or narrowed to no project at all: nobody sees more of it than this viewer.
            return Sight.ALL;
        }
        long browsed = confinedTo.get().stream().filter(key -> access.canBrowse(viewer, key)).count();
        return browsed == 0 ? Sight.NO_PROJECT : browsed < confinedTo.get().size() ? Sight.SOME : Sight.ALL;
    }

    /** The projects a query is confined to; empty when it is blank, not confined, or not readable. */
    private static Optional<Set<String>> scopeProjects(String jql) {
        if (jql.isBlank()) {
            return Optional.empty();
        }
        try {
            return JqlProjects.confinedTo(JqlParser.parse(jql));
        } catch (RuntimeException e) {
            // A query the parser cannot read confines nothing here; the gadget API reports it.
            return Optional.empty();
        }
    }

    /** The projects both confinements allow (ANDed queries); either one alone when the other confines nothing. */
    private static Optional<Set<String>> within(Optional<Set<String>> confined, Optional<Set<String>> narrowing) {
        if (confined.isEmpty() || narrowing.isEmpty()) {
            return confined.isPresent() ? confined : narrowing;
        }
        Set<String> both = new HashSet<>(confined.get());
        both.retainAll(narrowing.get());
        return Optional.of(both);
    }

    /** Whether the gadget's type narrows its figures by JQL (its own and the page's); a battery or goals do not. */
    private static boolean takesJql(GadgetInstance gadget) {
        return Gadgets.find(gadget.gadgetType()).map(type -> type.options().stream()
                .anyMatch(option -> option.kind() == OptionKind.JQL)).orElse(false);
    }

    private static String text(Optional<JsonObject> preferences, String name) {
        JsonElement value = preferences.map(object -> object.get(name)).orElse(null);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
    }

    private static Optional<JsonObject> preferences(String preferencesJson) {
        if (preferencesJson.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(JsonParser.parseString(preferencesJson).getAsJsonObject());
    }

    /** The id a preference names; -1 (found nowhere) when it is not a number, empty when it is absent or blank. */
    private static Optional<Long> id(Optional<JsonObject> preferences, String name) {
        JsonElement value = preferences.map(object -> object.get(name)).orElse(null);
        if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.getAsString().trim()));
        } catch (NumberFormatException e) {
            return Optional.of(-1L);
        }
    }
}
