package org.saleskpi.jira.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * An Apache Felix framework standing in for one Jira version's OSGi container: its system bundle exports
 * the JRE's packages and Jira's ({@link JiraExports#system()}), and one small bundle per other plugin exports
 * that plugin's packages. Its storage lives under the module's {@code target/}.
 */
final class FelixJira implements AutoCloseable {
    private static final Pattern PACKAGE_IN_FILTER = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private final Framework framework;

    FelixJira(JiraExports exports, Path storage) throws Exception {
        Files.createDirectories(storage);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toAbsolutePath().toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, exports.systemPackagesExtra());
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        for (Map.Entry<String, List<String>> plugin : exports.plugins().entrySet()) {
            Bundle provider = install("plugin:" + plugin.getKey(), new ByteArrayInputStream(
                    manifestOnlyJar(plugin.getKey(), Map.of(Constants.EXPORT_PACKAGE, String.join(",", plugin.getValue())))));
            provider.start();
        }
    }

    /** Installs a jar; Felix reads its manifest, nothing is resolved yet. */
    Bundle install(Path jar) throws IOException, BundleException {
        try (InputStream in = Files.newInputStream(jar)) {
            return install(jar.toUri().toString(), in);
        }
    }

    Bundle install(String location, InputStream in) throws BundleException {
        return framework.getBundleContext().installBundle(location, in);
    }

    /** Asks Felix to resolve the bundle; true when it did. */
    boolean resolve(Bundle bundle) {
        return framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
    }

    /**
     * Every mandatory package requirement of the bundle that no bundle here (the system bundle, the plugin
     * stand-ins, anything installed) exports a matching package for, as {@code name: filter}. Felix itself
     * names only the first failure it meets.
     */
    List<String> unmatchedRequirements(Bundle bundle) throws InvalidSyntaxException {
        List<BundleCapability> exported = new ArrayList<>();
        for (Bundle any : framework.getBundleContext().getBundles()) {
            if (any.getBundleId() != bundle.getBundleId()) {
                exported.addAll(any.adapt(BundleRevision.class).getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE));
            }
        }
        List<String> unmatched = new ArrayList<>();
        for (BundleRequirement requirement
                : bundle.adapt(BundleRevision.class).getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (PackageNamespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                continue;
            }
            String filterText = requirement.getDirectives().get(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE);
            Filter filter = FrameworkUtil.createFilter(filterText);
            if (exported.stream().noneMatch(capability -> filter.matches(capability.getAttributes()))) {
                Matcher name = PACKAGE_IN_FILTER.matcher(filterText);
                unmatched.add((name.find() ? name.group(1) : "?") + ": " + filterText);
            }
        }
        return unmatched;
    }

    /** A jar holding only a manifest: a bundle of that symbolic name with the given headers. */
    static byte[] manifestOnlyJar(String symbolicName, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName);
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.flush();
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
