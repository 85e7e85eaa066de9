package org.saleskpi.jira.cache;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** SAL's global plugin settings as a map, shared like Jira's database: every "node" built over it reads the same. */
public final class MemoryPluginSettings implements PluginSettingsFactory, PluginSettings {
    public final Map<String, Object> values = new ConcurrentHashMap<>();
    public int reads;
    public int writes;

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        throw new UnsupportedOperationException("the app keeps global settings only");
    }

    @Override
    public Object get(String key) {
        reads++;
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        writes++;
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }
}
