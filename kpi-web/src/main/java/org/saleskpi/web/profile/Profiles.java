package org.saleskpi.web.profile;

import jakarta.ws.rs.NotFoundException;
import java.util.Optional;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;

/** Finds the KPI profile a request names, answering 404 alike for a missing profile and one the caller may not see. */
public final class Profiles {
    private Profiles() {
    }

    /** The profile of the {@code profile} query parameter; 400 naming {@code profile} when it is missing. */
    public static KpiProfile fromParam(KpiProfileRepository profiles, Caller caller, String id) {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.of("profile", "saleskpi.profile.required", "Choose a KPI profile (profile=<id>).");
        }
        return readable(profiles, caller, id);
    }

    /** The profile with this id if the caller may browse its project, else 404. */
    public static KpiProfile readable(KpiProfileRepository profiles, Caller caller, String id) {
        KpiProfile profile = parse(id).flatMap(profiles::get)
                .orElseThrow(() -> new NotFoundException("KPI profile " + id + " does not exist or you may not see it."));
        caller.requireBrowse(profile.projectKey(), "KPI profile " + id);
        return profile;
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
