package org.saleskpi.jira.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.mail.AoSubscriptions;
import org.saleskpi.jira.page.JiraPageSite;
import org.saleskpi.jira.page.JiraPagesServlet;
import org.saleskpi.jira.panel.IssueTargetRow;
import org.saleskpi.jira.panel.IssueTargetTexts;
import org.saleskpi.jira.panel.IssueTargetsPanel;
import org.saleskpi.jira.upgrade.StoreUpgradeTask;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.Page;
import org.saleskpi.web.page.PageMeta;
import org.saleskpi.web.page.PageText;
import org.saleskpi.web.page.PageUser;
import org.saleskpi.web.page.Pages;
import org.saleskpi.web.page.TemplateCalls;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the two built app jars (Jira 11, and the Jira 10 one transformed from it) as Jira would: the
 * manifest's OSGi headers, the classes inside and what they link against, and atlassian-plugin.xml
 * against the store's entities, the gadget types, the shipped files and the i18n bundles.
 */
class AppJarsIT {
    private static final String PLUGIN_KEY = "org.saleskpi.kpi-jira";
    /** Classes Jira (or its plugins) provides: a copy inside the bundle would shadow Jira's. */
    private static final List<String> FORBIDDEN = List.of("com/atlassian/", "javax/ws/rs/", "jakarta/ws/rs/",
            "net/java/ao/", "javax/inject/", "jakarta/inject/", "javax/servlet/", "jakarta/servlet/");
    /** What only the tests use (Selenium, JUnit, the test servers, the dashboard harness): never in the bundle. */
    private static final List<String> TEST_ONLY = List.of("org/openqa/", "org/junit/", "org/assertj/", "org/mockito/",
            "org/eclipse/jetty/", "org/glassfish/", "org/h2/", "saleskpi/jira/harness/");
    /** The one optional import: a standalone-only class of kpi-store refers to it; Jira never loads that class. */
    private static final Set<String> OPTIONAL_IMPORTS = Set.of("net.java.ao.atlassian");
    /** Annotation types gson is compiled with; the JVM does not load annotations to link a class. */
    private static final Set<String> ANNOTATIONS_ONLY = Set.of("com.google.errorprone.annotations");
    /**
     * The pages the Jira servlet serves (beside the error page); the unsubscribe page since ADR 0068, the
     * subscriptions list since ADR 0072.
     */
    private static final List<Page> JIRA_PAGES = List.of(Pages.GOALS, Pages.GOAL, Pages.PROFILES, Pages.PROFILE,
            Pages.UNSUBSCRIBE, Pages.SUBSCRIPTIONS);
    private static final String PANEL_TEMPLATE = "saleskpi/jira/templates/issue-targets.vm";
    /** Which of the app's classes each template variable holds (Pages#context, JiraPagesServlet, IssueTargetsPanel). */
    private static final Map<String, Class<?>> TEMPLATE_VARIABLES = Map.of(
            "text", PageText.class, "user", PageUser.class, "meta", PageMeta.class,
            "saleskpiText", IssueTargetTexts.class, "row", IssueTargetRow.class);
    /** The text variables of the Jira-rendered templates and which i18n key each property reads. */
    private static final Map<String, Map<String, String>> TEXT_VARIABLES = Map.of(
            "text", PageText.KEYS, "saleskpiText", IssueTargetTexts.KEYS);
    /** {@code $x.name}, {@code $!x.name} or {@code ${x.name(}: group 3 is the parenthesis of a call. */
    private static final Pattern DOTTED = Pattern.compile("\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)\\.([A-Za-z][A-Za-z0-9_]*)(\\()?");
    /** A text key written whole in a script: a quoted {@code saleskpi.x.y} not ending in a dot (a prefix). */
    private static final Pattern SCRIPT_KEY = Pattern.compile("['\"](saleskpi\\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])['\"]");
    private static final Pattern PARSE = Pattern.compile("#parse\\(\"([^\"]+)\"\\)");
    private static final Pattern ALLOWLIST_ENTRY = Pattern.compile("([\\w.$]+)#(\\w+)\\(([\\w.,\\[\\]]*)\\)");
    /** An allowlist entry of a no-argument getter: {@code fqcn#getName()} or {@code fqcn#isName()}. */
    private static final Pattern GETTER_ENTRY = Pattern.compile("([\\w.$]+)#((?:get|is)[A-Z]\\w*)\\(\\)");
    private static final BuiltJar JIRA11 = BuiltJar.fromProperty("jira11", "saleskpi.bundle");
    private static final BuiltJar JIRA10 = BuiltJar.fromProperty("jira10", "saleskpi.bundle.jira10");

    static Stream<BuiltJar> jars() {
        return Stream.of(JIRA11, JIRA10);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void manifestNamesThePluginAndItsSpringContextAndExportsNothing(BuiltJar jar) {
        assertThat(jar.header("Atlassian-Plugin-Key")).isEqualTo(PLUGIN_KEY);
        assertThat(jar.header("Bundle-SymbolicName")).isEqualTo(PLUGIN_KEY);
        assertThat(jar.header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(jar.header("Spring-Context")).isEqualTo("*");
        assertThat(jar.header("Export-Package")).isNull();
        assertThat(jar.header("Bundle-ClassPath")).as("everything embedded is unpacked at the root").isNull();
        assertThat(jar.header("DynamicImport-Package")).isNull();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void importsAreExplicitAndMandatory(BuiltJar jar) {
        Map<String, String> imports = jar.imports();
        assertThat(imports).isNotEmpty();
        assertThat(imports.keySet()).noneMatch(name -> name.contains("*"));
        imports.forEach((name, attributes) -> assertThat(attributes.contains("resolution:=optional"))
                .as(name + " optional").isEqualTo(OPTIONAL_IMPORTS.contains(name)));
        assertThat(imports.keySet()).noneMatch(name -> name.startsWith("java."));
        assertThat(imports.keySet()).noneMatch(name -> name.startsWith("com.google.gson"));
    }

    /** The imports must cover what the classes link against, or the bundle fails to resolve in Jira. */
    @ParameterizedTest
    @MethodSource("jars")
    void everyPackageTheClassesReferToIsInsideOrImported(BuiltJar jar) {
        Set<String> own = jar.ownPackages();
        Set<String> imported = jar.imports().keySet();
        Set<String> missing = new TreeSet<>();
        jar.entries.forEach((entry, bytes) -> {
            if (entry.endsWith(".class") && !entry.startsWith("META-INF/")) {
                for (String referenced : ClassReferences.packages(bytes)) {
                    if (!referenced.startsWith("java.") && !own.contains(referenced) && !imported.contains(referenced)
                            && !ANNOTATIONS_ONLY.contains(referenced)) {
                        missing.add(referenced + " (from " + entry + ")");
                    }
                }
            }
        });
        assertThat(missing).as("packages referred to but neither inside nor imported").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("jars")
    void holdsNoClassThatJiraProvides(BuiltJar jar) {
        assertThat(jar.entries.keySet()).noneMatch(entry -> FORBIDDEN.stream().anyMatch(entry::startsWith));
        assertThat(jar.entries.keySet()).as("no nested jar: the app's modules are inlined")
                .noneMatch(entry -> entry.endsWith(".jar"));
        assertThat(jar.entries).containsKeys("org/saleskpi/jira/JiraIssueSource.class",
                "org/saleskpi/core/issue/IssueSource.class", "org/saleskpi/store/StoreSchema.class",
                "org/saleskpi/web/gadget/GadgetResource.class", "com/google/gson/Gson.class");
    }

    /** Gadgets finds the types through the services file the core build writes: it must be inlined with kpi-core. */
    @ParameterizedTest
    @MethodSource("jars")
    void listsEveryGadgetTypeForTheServiceLoader(BuiltJar jar) {
        String services = jar.text("META-INF/services/" + Gadget.class.getName()).orElseThrow(
                () -> new AssertionError("no services file of the gadget types in " + jar.name));
        List<String> listed = services.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(
                Gadgets.all().stream().map(gadget -> gadget.getClass().getName()).toList());
        assertThat(listed).allSatisfy(name -> assertThat(jar.entries).containsKey(name.replace('.', '/') + ".class"));
    }

    /** The demo project belongs to the standalone server (ADR 0019); Jira has no use for it. */
    @ParameterizedTest
    @MethodSource("jars")
    void holdsNoDemoClass(BuiltJar jar) throws Exception {
        assertThat(jar.entries.keySet()).noneMatch(entry -> entry.startsWith("org/saleskpi/demo/")
                || entry.startsWith("org/saleskpi/core/demo/") || entry.startsWith("org/saleskpi/server/"));
        List<String> demo = classesAt(Path.of(DemoSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        assertThat(demo).as("kpi-demo's classes").contains(DemoSpec.class.getName().replace('.', '/') + ".class");
        assertThat(jar.entries.keySet()).doesNotContainAnyElementsOf(demo);
    }

    /**
     * The standalone dashboards belong to the server (ADR 0019): Jira has its own, so the descriptor
     * declares none of their tables and the jar holds none of their entities, frozen copies, repository
     * or resource.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void declaresNoDashboardTableAndHoldsNoDashboardClass(BuiltJar jar) throws Exception {
        Element ao = elements(descriptor(jar), "ao").get(0);
        List<String> tables = new ArrayList<>();
        for (Element entity : children(ao, "entity")) {
            tables.add(Class.forName(entity.getTextContent().trim()).getAnnotation(net.java.ao.schema.Table.class).value());
        }
        assertThat(tables).hasSize(StoreSchema.ENTITIES.size() + AoSubscriptions.ENTITIES.size())
                .doesNotContainAnyElementsOf(List.of("Dashboard", "DashboardVersion", "Gadget", "GadgetVersion"));
        assertThat(jar.entries.keySet()).noneMatch(entry -> entry.matches(
                "org/saleskpi/.*/(Dashboard|DashboardVersion|Gadget|GadgetVersion)(Entity|V1)\\.class"
                        + "|org/saleskpi/.*/(StoredDashboards|DashboardResource|DashboardJson)(\\$.*)?\\.class"
                        + "|org/saleskpi/(store|web)/dashboard/.*"));
    }

    /**
     * The standalone dashboards' pages (templates {@code dashboards.vm}, {@code dashboard.vm}, scripts
     * {@code js/pages/dashboards.js}, {@code js/pages/dashboard.js}, their texts and style rules) are the server's
     * (ADR 0019): neither jar holds them, while the pages Jira serves are there at the same paths.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void holdsNoStandaloneDashboardPage(BuiltJar jar) throws IOException {
        assertThat(jar.entries).containsKeys("saleskpi/templates/goals.vm", "saleskpi/static/js/pages/goals.js",
                "saleskpi/static/css/gadgets.css", "saleskpi/i18n/gadgets.properties");
        assertThat(jar.entries.keySet()).noneMatch(entry -> entry.matches(
                "saleskpi/templates/dashboards?\\.vm|saleskpi/static/js/pages/dashboards?\\.js"
                        + "|saleskpi/static/css/dashboards?\\.css|saleskpi/i18n/dashboards.*"));
        // Nor their texts or style rules, which only those pages use.
        for (String bundle : resources(jar, "i18n")) {
            for (String suffix : List.of("", "_ja")) {
                Properties texts = new Properties();
                texts.load(new java.io.StringReader(jar.text(bundle + suffix + ".properties").orElseThrow()));
                assertThat(texts.stringPropertyNames()).as(bundle + suffix)
                        .noneMatch(key -> key.startsWith("saleskpi.dashboard.")
                                || key.startsWith("saleskpi.page.dashboard"));
            }
        }
        assertThat(jar.text("saleskpi/static/css/gadgets.css").orElseThrow())
                .doesNotContain(".saleskpi-dashboard-head", ".saleskpi-type-list", ".saleskpi-item-controls");
    }

    @ParameterizedTest
    @MethodSource("jars")
    void holdsNothingOnlyTheTestsUse(BuiltJar jar) throws Exception {
        assertThat(jar.entries.keySet()).noneMatch(entry -> TEST_ONLY.stream().anyMatch(entry::startsWith));
        // This module's test classes and those of the test-jars of kpi-web and kpi-store.
        for (Class<?> test : List.of(AppJarsIT.class, org.saleskpi.web.DemoBook.class, org.saleskpi.store.Database.class)) {
            List<String> classes = classesAt(Path.of(test.getProtectionDomain().getCodeSource().getLocation().toURI()));
            assertThat(classes).as("test classes beside " + test.getName()).contains(test.getName().replace('.', '/') + ".class");
            assertThat(jar.entries.keySet()).doesNotContainAnyElementsOf(classes);
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void descriptorCarriesThePluginKeyVersionAndDataCenterParams(BuiltJar jar) throws Exception {
        Element root = descriptor(jar).getDocumentElement();
        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY);
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        Element info = first(root, "plugin-info");
        assertThat(first(info, "version").getTextContent()).doesNotContain("${").isNotBlank();
        Map<String, String> params = new java.util.HashMap<>();
        for (Element param : children(info, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params).containsEntry("atlassian-data-center-status", "compatible")
                .containsEntry("atlassian-data-center-compatible", "true");
        assertThat(jar.text("atlassian-plugin.xml").orElseThrow()).doesNotContain("${");
    }

    @ParameterizedTest
    @MethodSource("jars")
    void aoModuleListsEveryStoreEntityInOrder(BuiltJar jar) throws Exception {
        List<Element> ao = elements(descriptor(jar), "ao");
        assertThat(ao).hasSize(1);
        assertThat(ao.get(0).getAttribute("namespace")).isEqualTo("org.saleskpi");
        List<String> listed = children(ao.get(0), "entity").stream().map(e -> e.getTextContent().trim()).toList();
        // The store's entities in its order, then Jira's own (the e-mail subscriptions, ADR 0068).
        assertThat(listed).containsExactlyElementsOf(Stream.concat(StoreSchema.ENTITIES.stream(),
                AoSubscriptions.ENTITIES.stream()).map(Class::getName).toList());
        assertThat(listed).allSatisfy(name -> assertThat(jar.entries).containsKey(name.replace('.', '/') + ".class"));
    }

    /** AO runs what the descriptor lists: one adapter per store task, in the store's order, none forgotten. */
    @ParameterizedTest
    @MethodSource("jars")
    void aoModuleRunsOneAdapterPerStoreUpgradeTaskInOrder(BuiltJar jar) throws Exception {
        Element ao = elements(descriptor(jar), "ao").get(0);
        List<String> listed = children(ao, "upgradeTask").stream().map(e -> e.getTextContent().trim()).toList();
        assertThat(listed).allSatisfy(name -> assertThat(jar.entries).containsKey(name.replace('.', '/') + ".class"));
        List<Class<?>> runs = new ArrayList<>();
        for (String name : listed) {
            Object adapter = Class.forName(name).getDeclaredConstructor().newInstance();
            assertThat(adapter).as(name).isInstanceOf(StoreUpgradeTask.class);
            runs.add(((StoreUpgradeTask) adapter).storeTask().getClass());
        }
        assertThat(runs).isNotEmpty()
                .containsExactlyElementsOf(StoreSchema.UPGRADE_TASKS.stream().map(Object::getClass).toList());
    }

    @ParameterizedTest
    @MethodSource("jars")
    void restModuleIsRestV2UnderSaleskpi(BuiltJar jar) throws Exception {
        Document descriptor = descriptor(jar);
        assertThat(elements(descriptor, "rest-migration")).singleElement()
                .satisfies(migration -> assertThat(children(migration, "rest-v2")).hasSize(1));
        Element rest = elements(descriptor, "rest").get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/saleskpi");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        String restPackage = first(rest, "package").getTextContent().trim().replace('.', '/') + "/";
        assertThat(jar.entries.keySet()).anyMatch(entry -> entry.startsWith(restPackage) && entry.endsWith(".class"));
    }

    /**
     * The build writes the dashboard items and each type's scripts from the gadget registry
     * (src/build/DashboardItems.java): exactly one item per registered type, with the type's texts, category and AMD module, and the type's scripts
     * (its renderer at least, last) in the items' web resource before dashboard-items.js, which defines a module for
     * each type its renderers registered and keeps no list of its own.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void oneDashboardItemPerRegisteredGadgetTypeWithItsTextsCategoryAndScripts(BuiltJar jar) throws Exception {
        Document descriptor = descriptor(jar);
        List<Element> items = elements(descriptor, "dashboard-item");
        assertThat(items.stream().map(item -> item.getAttribute("key")).toList()).containsExactlyElementsOf(
                Gadgets.all().stream().map(type -> "saleskpi-" + type.key()).toList());
        Element resource = elements(descriptor, "web-resource").stream()
                .filter(r -> r.getAttribute("key").equals("saleskpi-dashboard-items")).findFirst().orElseThrow();
        List<String> scripts = children(resource, "resource").stream().map(r -> r.getAttribute("location")).toList();
        for (Gadget type : Gadgets.all()) {
            Element item = items.stream().filter(i -> i.getAttribute("key").equals("saleskpi-" + type.key()))
                    .findFirst().orElseThrow();
            Element definition = first(item, "definition");
            assertThat(item.getAttribute("i18n-name-key")).isEqualTo(type.titleKey());
            assertThat(first(definition, "title").getAttribute("key")).isEqualTo(type.titleKey());
            assertThat(first(item, "description").getAttribute("key")).isEqualTo(type.descriptionKey());
            assertThat(children(first(definition, "categories"), "category").stream()
                    .map(c -> c.getTextContent().trim()).toList()).containsExactly("JIRA", type.category());
            assertThat(first(item, "amd-module").getTextContent().trim()).isEqualTo("saleskpi/dashboard/" + type.key());

            String folder = "saleskpi/static/js/gadgets/" + type.key() + "/";
            List<String> shipped = List.of("migrations", "options", "renderer").stream()
                    .map(name -> folder + name + ".js").filter(jar.entries::containsKey).toList();
            assertThat(shipped).as(type.key()).endsWith(folder + "renderer.js");
            assertThat(scripts.stream().filter(location -> location.startsWith(folder)).toList()).as(type.key())
                    .containsExactlyElementsOf(shipped);
        }
        assertThat(scripts).last().isEqualTo("saleskpi/jira/js/dashboard-items.js");
        String wrapper = jar.text("saleskpi/jira/js/dashboard-items.js").orElseThrow();
        assertThat(wrapper).contains("global.define('saleskpi/dashboard/' + type", "SalesKpi.gadgets");
        assertThat(Gadgets.keys()).as("a type named in dashboard-items.js")
                .noneMatch(key -> wrapper.contains("'" + key + "'"));
    }

    /** No hand-kept list of gadget types in the source descriptor: the build writes them all. */
    @Test
    void theSourceDescriptorListsNoGadgetType() throws IOException {
        String source = Files.readString(Path.of("src/main/resources/atlassian-plugin.xml"), StandardCharsets.UTF_8);
        assertThat(source).doesNotContain("<dashboard-item").doesNotContain("<amd-module>");
        for (String key : Gadgets.keys()) {
            assertThat(source).as(key).doesNotContain("gadgets/" + key + "/").doesNotContain("saleskpi-" + key + "\"");
        }
    }

    /**
     * dashboard-items.js calls the global define when it loads: its web resource depends on Jira's AMD loader
     * first (atlassian-plugin.xml gives the source of the key), so a dashboard that has not loaded it yet gets it.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void dashboardItemsWebResourceDependsOnJirasAmdLoaderFirst(BuiltJar jar) throws Exception {
        Element items = elements(descriptor(jar), "web-resource").stream()
                .filter(resource -> children(resource, "resource").stream()
                        .anyMatch(file -> file.getAttribute("location").equals("saleskpi/jira/js/dashboard-items.js")))
                .findFirst().orElseThrow(() -> new AssertionError("no web-resource serves dashboard-items.js"));
        List<String> dependencies = children(items, "dependency").stream().map(e -> e.getTextContent().trim()).toList();

        assertThat(dependencies).first().isEqualTo("jira.webresources:almond");
        assertThat(FakeJiraDashboard.JIRA_WEB_RESOURCES).containsKey(dependencies.get(0));
        assertThat(jar.text("saleskpi/jira/js/dashboard-items.js").orElseThrow()).contains("global.define(");
    }

    @ParameterizedTest
    @MethodSource("jars")
    void everyWebResourceFileIsInsideTheJar(BuiltJar jar) throws Exception {
        List<String> locations = resources(jar, "download");
        // Each type ships its renderer alone: its options form comes from its schema.
        assertThat(locations).contains("META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js")
                .containsAll(Gadgets.keys().stream()
                        .map(type -> "saleskpi/static/js/gadgets/" + type + "/renderer.js").toList())
                .noneMatch(location -> location.endsWith("/options.js") || location.endsWith("/migrations.js"));
        // A directory resource (name and location ending in "/") serves every file below it.
        assertThat(locations).allSatisfy(location -> assertThat(location.endsWith("/")
                ? jar.entries.keySet().stream().anyMatch(entry -> entry.startsWith(location))
                : jar.entries.containsKey(location)).as(location + " in " + jar.name).isTrue());
    }

    /** Every script and style a Jira page links to is a file of the page files' web resource, inside the jar. */
    @ParameterizedTest
    @MethodSource("jars")
    void everyFileAJiraPageLoadsIsServedByThePageFilesWebResource(BuiltJar jar) throws Exception {
        Document descriptor = descriptor(jar);
        assertThat(descriptor.getDocumentElement().getAttribute("key")).isEqualTo(JiraPageSite.PLUGIN_KEY);
        Element files = elements(descriptor, "web-resource").stream()
                .filter(resource -> resource.getAttribute("key").equals(JiraPageSite.STATIC_RESOURCES)).findFirst()
                .orElseThrow(() -> new AssertionError("no web-resource " + JiraPageSite.STATIC_RESOURCES));
        Map<String, String> directories = new java.util.HashMap<>();
        for (Element resource : children(files, "resource")) {
            directories.put(resource.getAttribute("name"), resource.getAttribute("location"));
        }
        String base = JiraPageSite.at("").staticBase() + "/";
        assertThat(base).isEqualTo("/download/resources/" + PLUGIN_KEY + ":" + JiraPageSite.STATIC_RESOURCES + "/");
        Pages pages = new Pages(JiraPageSite.at(""), AppJarsIT.class.getClassLoader());
        Messages english = Messages.load(java.util.Locale.ENGLISH, AppJarsIT.class.getClassLoader());
        List<String> urls = new ArrayList<>();
        for (Page page : JIRA_PAGES) {
            Map<String, Object> context = pages.context(page, java.util.Optional.empty(), english, "", Map.of());
            urls.addAll(stringList(context.get("scripts")));
            urls.addAll(stringList(context.get("styles")));
        }
        assertThat(urls).contains(base + "js/pages/goals.js", base + "css/saleskpi.css");
        for (String url : urls) {
            assertThat(url).startsWith(base);
            String name = url.substring(base.length());
            String directory = name.substring(0, name.indexOf('/') + 1);
            assertThat(directories).as("a directory resource for " + url).containsKey(directory);
            assertThat(jar.entries).as(url + " in " + jar.name)
                    .containsKey(directories.get(directory) + name.substring(directory.length()));
        }
    }

    @ParameterizedTest
    @MethodSource("jars")
    void servletWebPanelAndEveryClassTheDescriptorNamesAreInsideTheJar(BuiltJar jar) throws Exception {
        Document descriptor = descriptor(jar);
        Element servlet = elements(descriptor, "servlet").stream().filter(s -> s.getAttribute("key").equals("saleskpi-pages"))
                .findFirst().orElseThrow();
        assertThat(first(servlet, "url-pattern").getTextContent().trim())
                .isEqualTo(JiraPageSite.SERVLET_PATH.substring("/plugins/servlet".length()) + "/*");
        Element panel = elements(descriptor, "web-panel").get(0);
        assertThat(panel.getAttribute("location")).isEqualTo("atl.jira.view.issue.right.context");
        assertThat(first(panel, "context-provider").getAttribute("class")).isEqualTo(IssueTargetsPanel.class.getName());
        Set<String> classes = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String named = ((Element) all.item(i)).getAttribute("class");
            if (!named.isEmpty()) {
                classes.add(named);
            }
        }
        allowlist(descriptor).forEach(entry -> classes.add(entry.substring(0, entry.indexOf('#'))));
        assertThat(classes).contains(JiraPagesServlet.class.getName(), IssueTargetsPanel.class.getName(),
                IssueTargetRow.class.getName());
        assertThat(classes).allSatisfy(name -> assertThat(jar.entries).containsKey(name.replace('.', '/') + ".class"));
    }

    @ParameterizedTest
    @MethodSource("jars")
    void everyVelocityTemplateTheDescriptorOrThePagesNameIsInsideTheJar(BuiltJar jar) throws Exception {
        List<String> velocity = resources(jar, "velocity");
        assertThat(velocity).containsExactly(PANEL_TEMPLATE);
        assertThat(jiraTemplates(jar)).contains(PANEL_TEMPLATE, "saleskpi/templates/goals.vm",
                "saleskpi/templates/header.vm", "saleskpi/templates/footer.vm", "saleskpi/templates/error.vm");
    }

    @ParameterizedTest
    @MethodSource("jars")
    void everyTextTheJiraTemplatesAskForExistsInEnglishAndJapanese(BuiltJar jar) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String template : jiraTemplates(jar)) {
            Matcher matcher = DOTTED.matcher(code(jar, template));
            while (matcher.find()) {
                Map<String, String> texts = TEXT_VARIABLES.get(matcher.group(1));
                if (texts != null) {
                    assertThat(texts).as("$" + matcher.group(1) + "." + matcher.group(2) + " in " + template)
                            .containsKey(matcher.group(2));
                    keys.add(texts.get(matcher.group(2)));
                }
            }
        }
        assertThat(keys).contains("saleskpi.issueTargets.empty", "saleskpi.product.name", "saleskpi.goals.title")
                .containsAll(IssueTargetTexts.KEYS.values());
        Properties english = assertInEnglishAndJapanese(jar, keys);
        assertThat(english.getProperty("saleskpi.issueTargets.empty"))
                .isEqualTo("This issue counts toward none of your targets.");
    }

    /** The gadgets and pages read their texts through SalesKpi.t: a key missing from a bundle shows raw. */
    @ParameterizedTest
    @MethodSource("jars")
    void everyTextTheShippedScriptsNameExistsInEnglishAndJapanese(BuiltJar jar) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String entry : jar.entries.keySet()) {
            if (entry.startsWith("saleskpi/") && entry.endsWith(".js")) {
                Matcher matcher = SCRIPT_KEY.matcher(jar.text(entry).orElseThrow());
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(200).contains("saleskpi.gadget.exportCsv", "saleskpi.value.absent");
        assertInEnglishAndJapanese(jar, keys);
    }

    /**
     * Jira blocks any method a template calls that no allowlist names; only the app's own classes may be named. Every
     * entry is a public no-argument getter ({@code fqcn#getX()}, {@code fqcn#isX()}): the entry form of a method
     * with parameters has no public example, so the templates call none.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void theVelocityAllowlistNamesOnlyNoArgumentGettersOfTheAppsOwnClasses(BuiltJar jar) throws Exception {
        List<String> entries = allowlist(descriptor(jar));
        assertThat(entries).isNotEmpty().doesNotHaveDuplicates();
        for (String entry : entries) {
            assertThat(ALLOWLIST_ENTRY.matcher(entry).matches()).as(entry + " reads fqcn#method(types)").isTrue();
            Matcher getter = GETTER_ENTRY.matcher(entry);
            assertThat(getter.matches()).as(entry + " is a no-argument getter").isTrue();
            assertThat(getter.group(1)).startsWith("org.saleskpi.");
            Class<?> owner = Class.forName(getter.group(1));
            java.lang.reflect.Method method = owner.getMethod(getter.group(2));
            assertThat(java.lang.reflect.Modifier.isPublic(owner.getModifiers())).as(entry).isTrue();
            assertThat(java.lang.reflect.Modifier.isStatic(method.getModifiers())).as(entry).isFalse();
            assertThat(method.getReturnType()).as(entry).isNotEqualTo(void.class);
            assertThat(method.getDeclaringClass()).as(entry).isEqualTo(owner);
        }
    }

    /**
     * Every {@code $variable.property} of the Jira-rendered templates is a no-argument getter of one of the app's
     * classes (which variable holds which class is listed here, from Pages#context, the servlet and the panel), and
     * the allowlist names exactly these getters. A method call, with arguments or without, fails: so does a new
     * variable until it is listed and its getters allowlisted.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void theJiraTemplatesReadOnlyAllowlistedGettersAndCallNoMethod(BuiltJar jar) throws Exception {
        Set<String> allowed = new TreeSet<>(allowlist(descriptor(jar)));
        Set<String> calls = new TreeSet<>();
        for (String template : jiraTemplates(jar)) {
            String code = code(jar, template);
            assertThat(TemplateCalls.methodCalls(code)).as("method calls in " + template).isEmpty();
            Matcher matcher = DOTTED.matcher(code);
            while (matcher.find()) {
                String reference = "$" + matcher.group(1) + "." + matcher.group(2) + " in " + template;
                Class<?> owner = TEMPLATE_VARIABLES.get(matcher.group(1));
                assertThat(owner).as(reference + ": a variable this test does not know").isNotNull();
                assertThat(matcher.group(3)).as(reference + " is a call, not a property").isNull();
                calls.add(allowlistEntry(owner, matcher.group(2), false));
            }
        }
        assertThat(calls).contains("org.saleskpi.web.page.PageText#getGoalsTitle()",
                "org.saleskpi.web.page.PageMeta#getContentHtml()",
                "org.saleskpi.jira.panel.IssueTargetTexts#getEmpty()",
                "org.saleskpi.jira.panel.IssueTargetRow#getPercentValue()");
        assertThat(allowed).isEqualTo(calls);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void everyDescriptorTextExistsInEnglishAndJapanese(BuiltJar jar) throws Exception {
        Document descriptor = descriptor(jar);
        List<String> bundles = resources(jar, "i18n");
        assertThat(bundles).contains("saleskpi/i18n/common", "saleskpi/i18n/gadgets");
        Set<String> keys = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String attribute : List.of("key", "i18n-name-key")) {
                String value = element.getAttribute(attribute);
                boolean isText = attribute.equals("i18n-name-key")
                        || List.of("label", "title", "description").contains(element.getTagName());
                if (isText && !value.isEmpty()) {
                    keys.add(value);
                }
            }
        }
        assertThat(keys).contains("saleskpi.gadget.type.bar.title", "saleskpi.nav.goals");
        assertInEnglishAndJapanese(jar, keys);
    }

    @ParameterizedTest
    @MethodSource("jars")
    void springContextAndScannerIndexNameShippedClassesAndImportedInterfaces(BuiltJar jar) {
        assertThat(jar.entries).containsKey("META-INF/spring/plugin-context.xml");
        List<String> components = lines(jar, "META-INF/plugin-components/component");
        assertThat(components).contains("org.saleskpi.jira.cache.CachedIssueSource", "org.saleskpi.web.RestServices");
        assertThat(components).allSatisfy(name -> assertThat(jar.entries).containsKey(name.replace('.', '/') + ".class"));
        Set<String> imported = jar.imports().keySet();
        assertThat(lines(jar, "META-INF/plugin-components/imports")).isNotEmpty().allSatisfy(name ->
                assertThat(imported).contains(name.substring(0, name.lastIndexOf('.'))));
    }

    @Test
    void jira11JarImportsJakarta() {
        assertThat(JIRA11.imports()).containsKeys("jakarta.ws.rs", "jakarta.ws.rs.core", "jakarta.inject",
                "jakarta.servlet");
        assertThat(JIRA11.imports().keySet()).noneMatch(name -> name.startsWith("javax."));
        // Atlassian's Jira 11 app imports them without a range (kpi-jira/pom.xml gives the source); SLF4J has its own.
        JIRA11.imports().forEach((name, attributes) -> assertThat(attributes.contains("version"))
                .as(name + " has a version range").isEqualTo(name.equals("org.slf4j")));
    }

    @Test
    void jira10JarImportsJaxRs2AndJavaxInsteadOfJakarta() {
        Map<String, String> imports = JIRA10.imports();
        assertThat(imports).containsKeys("javax.ws.rs", "javax.ws.rs.core", "javax.ws.rs.ext", "javax.inject",
                "javax.servlet", "javax.servlet.http");
        assertThat(imports.get("javax.ws.rs")).isEqualTo("version=\"[2.0,3)\"");
        assertThat(imports.get("javax.ws.rs.core")).isEqualTo("version=\"[2.0,3)\"");
        assertThat(imports.get("javax.ws.rs.ext")).isEqualTo("version=\"[2.0,3)\"");
        // Jira 10.3 exports the servlet API at its container's version (4.0), javax.inject at whatever its jar says:
        // no range, as in Atlassian's own Jira 10 app.
        assertThat(imports).containsEntry("javax.servlet", "").containsEntry("javax.servlet.http", "")
                .containsEntry("javax.inject", "");
        imports.forEach((name, attributes) -> assertThat(attributes.contains("version"))
                .as(name + " has a version range").isEqualTo(name.startsWith("javax.ws.rs") || name.equals("org.slf4j")));
        assertThat(imports.keySet()).noneMatch(name -> name.startsWith("jakarta."));
    }

    @Test
    void jira10ClassesReferToNoTransformedJakartaPackage() {
        List<String> leftovers = new ArrayList<>();
        int jaxRsUsers = 0;
        for (Map.Entry<String, byte[]> entry : JIRA10.entries.entrySet()) {
            if (!entry.getKey().endsWith(".class")) {
                continue;
            }
            String constants = String.join("\n", ClassReferences.utf8Constants(entry.getValue()));
            for (String moved : List.of("jakarta/ws/rs", "jakarta/inject", "jakarta/servlet")) {
                if (constants.contains(moved)) {
                    leftovers.add(entry.getKey() + " -> " + moved);
                }
            }
            if (constants.contains("javax/ws/rs/")) {
                jaxRsUsers++;
            }
        }
        assertThat(leftovers).isEmpty();
        assertThat(jaxRsUsers).as("the REST resources now refer to javax.ws.rs").isGreaterThan(5);
        assertThat(new String(JIRA10.entries.get("org/saleskpi/jira/JiraIssueSource.class"), StandardCharsets.ISO_8859_1))
                .contains("javax/inject/Inject");
    }

    @Test
    void bothJarsHoldTheSameFiles() {
        // The transformer drops the embedded modules' Maven metadata; everything Jira reads is in both.
        List<String> jira11 = JIRA11.entries.keySet().stream().filter(e -> !e.startsWith("META-INF/maven/")).toList();
        List<String> jira10 = JIRA10.entries.keySet().stream().filter(e -> !e.startsWith("META-INF/maven/")).toList();
        assertThat(jira10).containsExactlyInAnyOrderElementsOf(jira11);
    }

    /**
     * The app logs through SLF4J, which Jira provides and writes to its log: both jars import org.slf4j with the range
     * kpi-jira/pom.xml gives its source for, and none of the app's classes logs through java.util.logging or prints
     * to the console, where Jira's log would not have it.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void theAppLogsThroughTheSlf4jJiraProvides(BuiltJar jar) {
        assertThat(jar.imports()).containsEntry("org.slf4j", "version=\"[1.7,3)\"");
        assertThat(jar.entries.keySet()).noneMatch(entry -> entry.startsWith("org/slf4j/"));
        List<String> loggers = new ArrayList<>();
        List<String> console = new ArrayList<>();
        jar.entries.forEach((entry, bytes) -> {
            if (entry.startsWith("org/saleskpi/") && entry.endsWith(".class")) {
                List<String> constants = ClassReferences.utf8Constants(bytes);
                if (constants.stream().anyMatch(constant -> constant.startsWith("java/util/logging/"))) {
                    loggers.add(entry);
                }
                if (constants.contains("java/lang/System") && constants.contains("Ljava/io/PrintStream;")) {
                    console.add(entry);
                }
                if (constants.contains("org/slf4j/LoggerFactory")) {
                    loggers.add("slf4j: " + entry);
                }
            }
        });
        assertThat(loggers).filteredOn(entry -> !entry.startsWith("slf4j: ")).as("classes using java.util.logging")
                .isEmpty();
        assertThat(console).as("classes printing to System.out or System.err").isEmpty();
        assertThat(loggers).contains("slf4j: org/saleskpi/jira/page/JiraPagesServlet.class",
                "slf4j: org/saleskpi/jira/panel/IssueTargetsPanel.class", "slf4j: org/saleskpi/web/error/ErrorMappers.class");
    }

    /** The app manager shows the app's icon and logo: PNGs of the sizes the descriptor's comment gives sources for. */
    @ParameterizedTest
    @MethodSource("jars")
    void pluginInfoNamesTheAppsIconAndLogoAsPngsInsideTheJar(BuiltJar jar) throws Exception {
        Map<String, String> params = new java.util.HashMap<>();
        for (Element param : children(first(descriptor(jar).getDocumentElement(), "plugin-info"), "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        Map<String, Integer> sizes = Map.of("plugin-icon", 16, "plugin-logo", 144);
        sizes.forEach((name, size) -> {
            String path = params.get(name);
            assertThat(path).as(name).isNotNull().endsWith(".png");
            byte[] png = jar.entries.get(path);
            assertThat(png).as(path + " in " + jar.name).isNotNull();
            try {
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                assertThat(image).as(path + " is a readable image").isNotNull();
                assertThat(image.getWidth()).as(path).isEqualTo(size);
                assertThat(image.getHeight()).as(path).isEqualTo(size);
                // Drawn, not blank: the tile's blue and the bars' white are both there.
                Set<Integer> colours = new TreeSet<>();
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        colours.add(image.getRGB(x, y));
                    }
                }
                assertThat(colours).contains(0xFF0052CC, 0xFFFFFFFF);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        });
        // Served to the browser as the Slack app serves its images (see the descriptor's comment).
        assertThat(elements(descriptor(jar), "resource")).anySatisfy(resource -> {
            assertThat(resource.getAttribute("type")).isEqualTo("download");
            assertThat(resource.getAttribute("location") + "sales-kpi-16px.png").isEqualTo(params.get("plugin-icon"));
        });
    }

    /**
     * ADR 0028: the node's issue cache is filled by Jira's search without any viewer's permissions, which is safe only
     * because every read filters by the viewer's. So only the cache, its upkeep (sync) and the bridge that implements
     * the search may refer to SystemSearch, and only the bridge to Jira's permission-override search itself.
     */
    @ParameterizedTest
    @MethodSource("jars")
    void onlyTheCacheAndItsUpkeepReadJiraWithoutTheViewersPermissions(BuiltJar jar) {
        String port = "org/saleskpi/jira/bridge/SystemSearch";
        assertThat(jar.entries).containsKey(port + ".class");
        List<String> portUsers = new ArrayList<>();
        List<String> overrideUsers = new ArrayList<>();
        jar.entries.forEach((entry, bytes) -> {
            if (entry.startsWith("org/saleskpi/") && entry.endsWith(".class")) {
                List<String> constants = ClassReferences.utf8Constants(bytes);
                if (constants.stream().anyMatch(c -> c.equals(port) || c.contains("L" + port + ";"))
                        && !List.of("org/saleskpi/jira/cache/", "org/saleskpi/jira/sync/", "org/saleskpi/jira/bridge/")
                                .stream().anyMatch(entry::startsWith)) {
                    portUsers.add(entry);
                }
                if (constants.stream().anyMatch(c -> c.endsWith("OverrideSecurity"))
                        && !entry.startsWith("org/saleskpi/jira/bridge/")) {
                    overrideUsers.add(entry);
                }
            }
        });
        assertThat(portUsers).as("classes outside the cache, sync and bridge that use SystemSearch").isEmpty();
        assertThat(overrideUsers).as("classes outside the bridge that call a permission-override search").isEmpty();
    }

    /** The templates Jira renders: the panel's, the servlet's pages' and what they #parse, in the jar. */
    private static Set<String> jiraTemplates(BuiltJar jar) {
        Set<String> found = new TreeSet<>();
        List<String> pending = new ArrayList<>(List.of(PANEL_TEMPLATE));
        JIRA_PAGES.forEach(page -> pending.add(page.template()));
        pending.add(Pages.ERROR.template());
        while (!pending.isEmpty()) {
            String template = pending.remove(pending.size() - 1);
            if (found.add(template)) {
                String text = jar.text(template).orElseThrow(() -> new AssertionError(template + " is not in " + jar.name));
                Matcher parse = PARSE.matcher(text);
                while (parse.find()) {
                    pending.add(parse.group(1));
                }
            }
        }
        return found;
    }

    /** A template without its Velocity comments ({@code ##} to the end of the line), which Jira never runs. */
    private static String code(BuiltJar jar, String template) {
        return jar.text(template).orElseThrow().replaceAll("##[^\\n]*", "");
    }

    /** The allowlist entry of {@code $x.name(...)} (a method) or {@code $x.name} (getName or isName) on {@code owner}. */
    private static String allowlistEntry(Class<?> owner, String name, boolean isCall) {
        List<java.lang.reflect.Method> methods = new ArrayList<>();
        for (java.lang.reflect.Method method : owner.getMethods()) {
            String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            boolean matches = isCall ? method.getName().equals(name)
                    : method.getParameterCount() == 0 && (method.getName().equals("get" + capitalised)
                            || method.getName().equals("is" + capitalised));
            if (matches && method.getDeclaringClass() == owner) {
                methods.add(method);
            }
        }
        assertThat(methods).as(owner.getSimpleName() + "." + name + " is one public method").hasSize(1);
        java.lang.reflect.Method method = methods.get(0);
        List<String> types = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            types.add(type.isArray() ? type.getComponentType().getName() + "[]" : type.getName());
        }
        return owner.getName() + "#" + method.getName() + "(" + String.join(",", types) + ")";
    }

    private static List<String> allowlist(Document descriptor) {
        List<String> entries = new ArrayList<>();
        for (Element list : elements(descriptor, "velocity-allowlist")) {
            for (Element method : children(list, "method")) {
                entries.add(method.getTextContent().trim());
            }
        }
        return entries;
    }

    private static List<String> stringList(Object value) {
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) value) {
            strings.add((String) item);
        }
        return strings;
    }

    private static Document descriptor(BuiltJar jar) {
        return jar.descriptor();
    }

    private static List<Element> elements(Document document, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element first(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertThat(found).as("<" + tag + "> in <" + parent.getTagName() + ">").isNotEmpty();
        return found.get(0);
    }

    /** Fails naming every key the descriptor's i18n bundles lack in English or in Japanese; gives the English texts. */
    private static Properties assertInEnglishAndJapanese(BuiltJar jar, Set<String> keys) throws IOException {
        List<String> bundles = resources(jar, "i18n");
        Properties english = texts(jar, bundles, "");
        Properties japanese = texts(jar, bundles, "_ja");
        assertThat(keys.stream().filter(key -> !english.containsKey(key))).as("keys without English").isEmpty();
        assertThat(keys.stream().filter(key -> !japanese.containsKey(key))).as("keys without Japanese").isEmpty();
        return english;
    }

    /** The locations of the descriptor's resources of one type (i18n: bundle paths without language and extension). */
    private static List<String> resources(BuiltJar jar, String type) {
        List<String> locations = new ArrayList<>();
        for (Element resource : elements(descriptor(jar), "resource")) {
            if (type.equals(resource.getAttribute("type"))) {
                locations.add(resource.getAttribute("location"));
            }
        }
        return locations;
    }

    private static Properties texts(BuiltJar jar, List<String> bundles, String suffix) throws IOException {
        Properties texts = new Properties();
        for (String bundle : bundles) {
            byte[] bytes = jar.entries.get(bundle + suffix + ".properties");
            assertThat(bytes).as(bundle + suffix + ".properties in " + jar.name).isNotNull();
            texts.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
        }
        return texts;
    }

    /** The class files under a classes directory or in a jar, as jar entry names. */
    private static List<String> classesAt(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> location.relativize(file).toString().replace(java.io.File.separatorChar, '/')).toList();
            }
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(location.toFile())) {
            return file.stream().map(java.util.zip.ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
        }
    }

    private static List<String> lines(BuiltJar jar, String entry) {
        return jar.text(entry).orElseThrow().lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }
}
