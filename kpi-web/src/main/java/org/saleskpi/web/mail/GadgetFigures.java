package org.saleskpi.web.mail;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetData;
import org.saleskpi.core.gadget.GadgetNotFoundException;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.SavedPreferences;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.page.Messages;

/**
 * One saved gadget's figures for an e-mail, computed as the reader: the same use case the data API answers with
 * ({@link GadgetData}), over the query the page's script would send, and the same rule for profiles (a profile of a
 * project the reader may not browse shows nothing). A gadget the reader may not see, or whose settings are
 * incomplete, becomes a notice saying so.
 */
public final class GadgetFigures {
    private final RestServices services;
    private final GadgetData gadgets;

    public GadgetFigures(RestServices services) {
        this.services = services;
        this.gadgets = new GadgetData(services.access(), services.issues(), services.catalog(), services.directory(),
                services.profiles(), services.goals(), services.quotas(), services.clock(), services.selections());
    }

    /** The gadget of {@code type} with its saved preferences (JSON), as {@code reader} may see it. */
    public FigureSection section(UserRef reader, String type, String preferencesJson, Messages texts) {
        return section(reader, type, preferences(preferencesJson), texts);
    }

    /**
     * The gadget of {@code type} with its saved preferences as text values (lists joined by commas), as
     * {@code reader} may see it: how Jira keeps a dashboard item's preferences.
     */
    public FigureSection section(UserRef reader, String type, Map<String, String> saved, Messages texts) {
        String title = SavedPreferences.title(saved);
        Optional<Gadget> gadget = Gadgets.find(type);
        if (gadget.isEmpty()) {
            return FigureSection.withNotice(title.isEmpty() ? type : title, texts.getText("saleskpi.mail.gadget.unknown"));
        }
        if (title.isEmpty()) {
            title = texts.getText(gadget.get().titleKey());
        }
        Map<String, List<String>> query = SavedPreferences.query(gadget.get(), saved);
        Optional<KpiProfile> profile = profile(reader, query.getOrDefault("profile", List.of()));
        if (profile.isEmpty()) {
            return FigureSection.withNotice(title, texts.getText("saleskpi.mail.gadget.hidden"));
        }
        query.put("profile", List.of(String.valueOf(profile.get().id())));
        try {
            Node dataset = gadgets.data(type, reader, profile.get(), query);
            return new DatasetText(texts).section(title, dataset);
        } catch (GadgetNotFoundException e) {
            return FigureSection.withNotice(title, texts.getText("saleskpi.mail.gadget.hidden"));
        } catch (InvalidInputException e) {
            return FigureSection.withNotice(title, texts.getText("saleskpi.mail.gadget.incomplete"));
        }
    }

    /** The saved profile if the reader may browse its project; none saved: the first the reader sees, as the page. */
    private Optional<KpiProfile> profile(UserRef reader, List<String> saved) {
        if (saved.isEmpty()) {
            return services.profiles().all().stream().filter(p -> readable(reader, p)).findFirst();
        }
        try {
            return services.profiles().get(Long.parseLong(saved.get(0).strip())).filter(p -> readable(reader, p));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean readable(UserRef reader, KpiProfile profile) {
        return services.access().canBrowse(reader, profile.projectKey()) || services.access().isSystemAdmin(reader);
    }

    /** Saved preferences as text values, lists joined by commas as the page's script reads them. */
    static Map<String, String> preferences(String json) {
        Map<String, String> saved = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return saved;
        }
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject()) {
                return saved;
            }
            JsonObject object = root.getAsJsonObject();
            object.entrySet().forEach(e -> {
                JsonElement value = e.getValue();
                if (value.isJsonArray()) {
                    saved.put(e.getKey(), StreamSupport.stream(value.getAsJsonArray().spliterator(), false)
                            .filter(JsonElement::isJsonPrimitive).map(JsonElement::getAsString)
                            .collect(Collectors.joining(",")));
                } else if (value.isJsonPrimitive()) {
                    saved.put(e.getKey(), value.getAsString());
                }
            });
        } catch (JsonSyntaxException e) {
            // A preference the page could not read either: the type's defaults.
        }
        return saved;
    }
}
