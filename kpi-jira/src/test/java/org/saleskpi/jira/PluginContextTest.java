package org.saleskpi.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.google.gson.JsonArray;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.jira.admin.CacheAdminResource;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.cache.WatchedKpiProfiles;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.catalog.PickerResource;
import org.saleskpi.web.guard.GuardFilter;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's Spring context as the scanner runtime builds it from the two index files: Jira's components (here
 * Mockito doubles) for every line of {@code imports}, a constructor-autowired bean for every line of
 * {@code component}. Then everything Jira asks that context to create: each REST resource and provider of
 * kpi-web's package (found by scanning, as Jira's REST module does) and each class the descriptor names.
 */
class PluginContextTest {
    private static final String INDEX = "src/main/resources/META-INF/plugin-components/";
    private static final String DESCRIPTOR = "src/main/resources/atlassian-plugin.xml";

    private GenericApplicationContext context;

    @BeforeEach
    void refresh() throws IOException {
        context = new GenericApplicationContext();
        // The scanner's <scan-indexes/> brings annotation processing, so @Inject picks among constructors.
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (String iface : lines("imports")) {
            context.getBeanFactory().registerSingleton(iface, iface.equals(PluginSettingsFactory.class.getName())
                    ? settingsInMemory() : mock(load(iface)));
        }
        for (String component : lines("component")) {
            RootBeanDefinition bean = new RootBeanDefinition(load(component));
            bean.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            context.registerBeanDefinition(component, bean);
        }
        context.refresh();
    }

    /** SAL's settings as a map: the sync's jobs read the cache settings when the context starts. */
    private static PluginSettingsFactory settingsInMemory() {
        Map<String, Object> values = new ConcurrentHashMap<>();
        PluginSettings settings = new PluginSettings() {
            @Override
            public Object get(String key) {
                return values.get(key);
            }

            @Override
            public Object put(String key, Object value) {
                return values.put(key, value);
            }

            @Override
            public Object remove(String key) {
                return values.remove(key);
            }
        };
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        return factory;
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theContextHoldsRestServicesOverTheJiraAdaptersAndTheStore() {
        RestServices services = context.getBean(RestServices.class);

        // The node's cache answers once filled; CachedIssueSource searches Jira as the viewer while it is off.
        assertThat(services.issues()).isInstanceOf(CachedIssueSource.class);
        assertThat(services.catalog()).isInstanceOf(JiraIssueCatalog.class);
        assertThat(services.access()).isInstanceOf(JiraAccessPolicy.class);
        assertThat(services.directory()).isInstanceOf(JiraDirectory.class);
        assertThat(services.clock()).isInstanceOf(JiraClock.class);
        assertThat(services.goals().getClass().getName()).startsWith("org.saleskpi.store.");
        // The store's profiles, counting this node's writes so the cache re-reads its scope only after one.
        assertThat(services.profiles()).isInstanceOf(WatchedKpiProfiles.class);
        assertThat(context.getBeansOfType(IssueSource.class)).hasSize(1);
    }

    /** The mail job: one runner, its job once per cluster every minute (ADR 0068). */
    @Test
    void theMailJobIsScheduledOncePerCluster() throws Exception {
        ArgumentCaptor<JobConfig> job = ArgumentCaptor.forClass(JobConfig.class);
        verify(context.getBean(SchedulerService.class)).scheduleJob(eq(JobId.of("org.saleskpi.mail.send")),
                job.capture());
        assertThat(job.getValue().getRunMode()).isEqualTo(RunMode.RUN_ONCE_PER_CLUSTER);
        assertThat(job.getValue().getJobRunnerKey()).isEqualTo(JobRunnerKey.of("org.saleskpi.mail.send"));
    }

    /**
     * Spring builds the sync's jobs with the constructor that publishes (ADR 0031): the first build job writes this
     * node's report, under the list entry of a Jira without a cluster (the mocked ClusterManager says not clustered).
     */
    @Test
    void theSyncJobsPublishThisNodesCacheForTheAdminPage() throws Exception {
        ArgumentCaptor<JobRunnerKey> keys = ArgumentCaptor.forClass(JobRunnerKey.class);
        ArgumentCaptor<JobRunner> runners = ArgumentCaptor.forClass(JobRunner.class);
        // The cache's three runners and the mail job's (ADR 0068).
        verify(context.getBean(SchedulerService.class), times(4)).registerJobRunner(keys.capture(), runners.capture());
        PluginSettings stored = context.getBean(PluginSettingsFactory.class).createGlobalSettings();
        assertThat(stored.get("org.saleskpi.cache.nodes")).isNull();

        runners.getAllValues().get(keys.getAllValues().indexOf(JobRunnerKey.of("org.saleskpi.cache.build")))
                .runJob(null);

        assertThat(stored.get("org.saleskpi.cache.nodes")).isEqualTo("[null]");
    }

    @Test
    void everyRestResourceAndProviderOfTheRestPackageCanBeCreated() throws Exception {
        List<Class<?>> created = new ArrayList<>();
        for (Class<?> type : restClasses()) {
            Object resource = context.getAutowireCapableBeanFactory()
                    .createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertThat(resource).isInstanceOf(type);
            created.add(type);
        }
        // Thirteen resources (health, texts, reference, KPIs, profiles, pickers, permissions, gadgets, goals,
        // targets, issue targets, folders, quotas), gson's provider and the error mappers at the time of writing;
        // more may come, none may go unseen. The standalone dashboards are the server's own, never Jira's.
        assertThat(created).hasSizeGreaterThanOrEqualTo(18)
                .contains(PickerResource.class, GuardFilter.class, CacheAdminResource.class)
                .noneMatch(type -> type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        && type.getAnnotation(jakarta.ws.rs.Path.class).value().startsWith("/dashboards"));
    }

    @Test
    void everyClassTheDescriptorNamesCanBeCreated() throws Exception {
        Document descriptor = descriptor();
        Set<String> named = new TreeSet<>(upgradeTasks(descriptor));
        named.addAll(classAttributes(descriptor));
        assertThat(named).contains("org.saleskpi.jira.upgrade.CreateV1SchemaTask",
                "org.saleskpi.jira.upgrade.AddPipelineSettingsTask");
        for (String name : named) {
            Object created = context.getAutowireCapableBeanFactory()
                    .createBean(load(name), AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            assertThat(created).isInstanceOf(load(name));
        }
        assertThat(upgradeTasks(descriptor)).allSatisfy(name ->
                assertThat(ActiveObjectsUpgradeTask.class).isAssignableFrom(load(name)));
    }

    /**
     * Each adapter takes the Jira components it uses as constructor parameters (no holder of them all): so every line
     * of {@code imports} is a parameter of a class the context or Jira builds, and no such class takes more than
     * the few it needs. A component nobody takes any more fails here until its line goes.
     */
    @Test
    void everyImportedComponentIsAConstructorParameterOfAClassThatUsesIt() throws Exception {
        Set<String> built = new TreeSet<>(lines("component"));
        built.addAll(classAttributes(descriptor()));
        Set<String> taken = new TreeSet<>();
        for (String name : built) {
            for (java.lang.reflect.Constructor<?> constructor : load(name).getConstructors()) {
                List<String> jira = new ArrayList<>();
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    if (parameter.getName().startsWith("com.atlassian.")) {
                        jira.add(parameter.getName());
                    }
                }
                assertThat(jira).as(constructor.toString()).hasSizeLessThanOrEqualTo(6);
                taken.addAll(jira);
            }
        }
        assertThat(taken).containsExactlyInAnyOrderElementsOf(lines("imports"));
        assertThat(built).noneMatch(name -> name.endsWith(".ComponentImports"));
    }

    @Test
    void theProjectPickerAnswersThroughTheContextAsTheLoggedInUser() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.getKey()).thenReturn("alice");
        when(alice.getDisplayName()).thenReturn("Alice Abe");
        when(context.getBean(JiraAuthenticationContext.class).getLoggedInUser()).thenReturn(alice);
        when(context.getBean(UserManager.class).getUserByKey("alice")).thenReturn(alice);
        Project sales = project("SALES");
        Project crm = project("CRM");
        PermissionManager permissions = context.getBean(PermissionManager.class);
        when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, alice)).thenReturn(List.of(sales, crm));
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(alice)))
                .thenReturn(true);

        PickerResource picker = (PickerResource) context.getAutowireCapableBeanFactory()
                .createBean(PickerResource.class, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
        JsonArray projects = picker.projects();

        JsonArray expected = new JsonArray();
        expected.add("CRM");
        expected.add("SALES");
        assertThat(projects).isEqualTo(expected);
    }

    private Project project(String key) {
        Project project = mock(Project.class, key);
        when(project.getKey()).thenReturn(key);
        when(context.getBean(ProjectManager.class).getProjectObjByKey(key)).thenReturn(project);
        return project;
    }

    /** Classes of the REST module's packages that Jira's REST module instantiates: resources and providers. */
    private static List<Class<?>> restClasses() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Path.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Provider.class));
        List<Class<?>> found = new ArrayList<>();
        NodeList packages = descriptor().getElementsByTagName("package");
        assertThat(packages.getLength()).isPositive();
        for (int i = 0; i < packages.getLength(); i++) {
            scanner.findCandidateComponents(packages.item(i).getTextContent().trim())
                    .forEach(bean -> found.add(load(bean.getBeanClassName())));
        }
        return found;
    }

    private static Document descriptor() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Paths.get(DESCRIPTOR).toFile());
    }

    private static List<String> upgradeTasks(Document descriptor) {
        List<String> tasks = new ArrayList<>();
        NodeList nodes = descriptor.getElementsByTagName("upgradeTask");
        for (int i = 0; i < nodes.getLength(); i++) {
            tasks.add(nodes.item(i).getTextContent().trim());
        }
        return tasks;
    }

    /** Every class= attribute of the descriptor (conditions, servlets, actions, and the like). */
    private static Set<String> classAttributes(Document descriptor) {
        Set<String> names = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String type = ((Element) all.item(i)).getAttribute("class");
            // java.lang.Object is the webwork1 placeholder class of Jira's descriptors, not a bean.
            if (!type.isEmpty() && !type.equals("java.lang.Object")) {
                names.add(type);
            }
        }
        return names;
    }

    private static List<String> lines(String indexFile) throws IOException {
        return Files.readAllLines(Paths.get(INDEX + indexFile), StandardCharsets.UTF_8).stream()
                .map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " is not on the class path", e);
        }
    }
}
