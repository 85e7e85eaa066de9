package org.saleskpi.web.mail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.goal.FolderRollUp;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.LiveTargets;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Progress;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.goal.checkin.CheckIn;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.page.Messages;

/**
 * A goal folder subscription's mail at send time: the folder's roll-up as {@code GET /folders/progress} computes it,
 * then every active goal of the folder and its sub-folders with its status, progress, targets and latest check-in,
 * measured as the subscriber ({@link LiveTargets}), in their language. A subscriber who may no longer see the
 * folder's project gets a mail saying so instead of its goals. Empty when the folder or the subscriber is gone.
 */
public final class FolderLetters {
    private final RestServices services;
    private final LiveTargets live;
    private final UnsubscribeLinks unsubscribe;
    private final Messages.Cache texts;
    private final String goalsPage;

    /**
     * @param goalsPage the path of the host's goal list under the site's address ({@code /goals} on the standalone
     *     server, the servlet's page in Jira), which opens a folder with {@code ?project=&folder=}
     */
    public FolderLetters(RestServices services, UnsubscribeLinks unsubscribe, Messages.Cache texts, String goalsPage) {
        this.services = services;
        this.goalsPage = goalsPage;
        this.live = new LiveTargets(services.issues(), services.profiles(), services.clock().getZone());
        this.unsubscribe = unsubscribe;
        this.texts = texts;
    }

    public Optional<Letter> letter(Subscription subscription, ZonedDateTime when, String siteUrl) {
        Optional<UserRef> reader = services.directory().find(subscription.userKey());
        Optional<GoalFolder> folder = services.folders().get(subscription.subjectId());
        if (reader.isEmpty() || folder.isEmpty()) {
            return Optional.empty();
        }
        Messages language = texts.get(subscription.language());
        String project = folder.get().projectKey();
        List<FigureSection> sections;
        if (mayBrowse(reader.get(), project)) {
            sections = sections(folder.get(), reader.get(), language);
        } else {
            // Said, not silently empty: the reader would otherwise take an empty folder for one without goals.
            sections = List.of(FigureSection.withNotice(folder.get().name(),
                    language.getText("saleskpi.mail.folder.hidden", project)));
        }
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(when);
        String page = siteUrl + goalsPage + "?project=" + URLEncoder.encode(project, StandardCharsets.UTF_8) + "&folder="
                + folder.get().id();
        return Optional.of(new LetterWriter(language).write(subscription.address(), folder.get().name(), day,
                sections, page, unsubscribe.link(siteUrl, subscription.id())));
    }

    /** Whether the reader may see the folder's project: subscribing asks the same (as {@code Caller}). */
    public boolean mayBrowse(UserRef reader, String project) {
        return services.access().isSystemAdmin(reader) || services.access().canBrowse(reader, project);
    }

    private List<FigureSection> sections(GoalFolder folder, UserRef reader, Messages language) {
        List<GoalFolder> folders = services.folders().ofProject(folder.projectKey());
        Set<Long> within = within(folder.id(), folders);
        Map<Long, String> names = new HashMap<>();
        folders.forEach(f -> names.put(f.id(), f.name()));
        List<LiveTargets.Measured> goals = active(folder.projectKey()).stream()
                .filter(goal -> goal.folderId().filter(within::contains).isPresent())
                .map(goal -> live.measure(goal, reader)).toList();
        Texts format = new Texts(language);
        FolderRollUp rollUp = FolderRollUp.of(folders, goals.stream().map(LiveTargets.Measured::goal).toList())
                .getOrDefault(folder.id(), new FolderRollUp(0, 0, Optional.empty()));
        List<FigureSection> sections = new ArrayList<>();
        String progress = rollUp.goals() == 0 ? language.getText("saleskpi.mail.folder.noGoals")
                : rollUp.progress().map(format::percent).orElse(language.getText("saleskpi.mail.folder.noTargets"));
        sections.add(new FigureSection(folder.name(), List.of(
                new FigureSection.Line(language.getText("saleskpi.mail.folder.rollUp"), progress),
                new FigureSection.Line(language.getText("saleskpi.mail.folder.goals"),
                        format.numbers.format(rollUp.goals()))), List.of(), Optional.empty()));
        LocalDate today = LocalDate.now(services.clock());
        for (LiveTargets.Measured measured : goals) {
            sections.add(goal(measured, folder, names, today, format));
        }
        return sections;
    }

    private FigureSection goal(LiveTargets.Measured measured, GoalFolder subscribed, Map<Long, String> folderNames,
            LocalDate today, Texts format) {
        Messages language = format.language;
        Goal goal = measured.goal();
        List<FigureSection.Line> lines = new ArrayList<>();
        lines.add(new FigureSection.Line(language.getText("saleskpi.mail.goal.status"), goal.pace(today)
                .map(pace -> language.getText("saleskpi.goals.status." + pace.status().key()))
                .orElse(language.getText("saleskpi.goals.status.none"))));
        lines.add(new FigureSection.Line(language.getText("saleskpi.mail.goal.progress"),
                goal.progress().map(format::percent).orElse(language.getText("saleskpi.mail.folder.noTargets"))));
        lines.add(new FigureSection.Line(language.getText("saleskpi.mail.goal.owner"), person(goal.ownerKey())));
        goal.folderId().filter(id -> id != subscribed.id()).map(folderNames::get).ifPresent(name ->
                lines.add(new FigureSection.Line(language.getText("saleskpi.mail.goal.folder"), name)));
        lines.add(new FigureSection.Line(language.getText("saleskpi.mail.goal.checkIn"),
                services.checkIns().ofGoal(goal.id()).stream().findFirst().map(checkIn -> checkIn(checkIn, format))
                        .orElse(language.getText("saleskpi.mail.goal.checkIn.none"))));
        List<FigureSection.Table> tables = new ArrayList<>();
        if (!goal.targets().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Target target : goal.targets()) {
                if (measured.unavailable().containsKey(target.id())) {
                    String unavailable = language.getText("saleskpi.mail.target.unavailable");
                    rows.add(List.of(target.name(), unavailable, format.value(target, target.targetValue()), ""));
                } else {
                    rows.add(List.of(target.name(), format.value(target, target.currentValue()),
                            format.value(target, target.targetValue()), format.percent(target.progress())));
                }
            }
            tables.add(new FigureSection.Table(List.of(language.getText("saleskpi.mail.target.name"),
                    language.getText("saleskpi.mail.target.value"), language.getText("saleskpi.mail.target.target"),
                    language.getText("saleskpi.mail.target.progress")), rows));
        }
        return new FigureSection(goal.name(), lines, tables, Optional.empty());
    }

    private String checkIn(CheckIn checkIn, Texts format) {
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(format.language.locale())
                .format(checkIn.written().atZone(services.clock().getZone()));
        return format.language.getText("saleskpi.mail.goal.checkIn.text",
                format.language.getText("saleskpi.checkIn.status." + checkIn.status().key()), written,
                person(checkIn.authorKey()), checkIn.text());
    }

    private String person(String userKey) {
        return services.directory().find(userKey).map(UserRef::displayName).orElse(userKey);
    }

    /** The folder and every folder below it. */
    public static Set<Long> within(long folderId, List<GoalFolder> folders) {
        Set<Long> within = new HashSet<>(Set.of(folderId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (GoalFolder folder : folders) {
                if (folder.parentId().filter(within::contains).isPresent() && within.add(folder.id())) {
                    grew = true;
                }
            }
        }
        return within;
    }

    /** The project's active goals, page after page, as the goal list reads them. */
    private List<Goal> active(String project) {
        List<Goal> goals = new ArrayList<>();
        GoalQuery query = new GoalQuery(project, Optional.empty(), Optional.empty(), false);
        Page<Goal> page;
        do {
            page = services.goals().find(query, new PageRequest(goals.size(), PageRequest.MAX_LIMIT));
            goals.addAll(page.items());
        } while (!page.items().isEmpty() && goals.size() < page.total());
        return goals;
    }

    /** Numbers in the reader's language. */
    private static final class Texts {
        private final Messages language;
        private final NumberFormat numbers;

        Texts(Messages language) {
            this.language = language;
            this.numbers = NumberFormat.getNumberInstance(language.locale());
        }

        /** Whole percents written as the goal pages write them ("40%"). */
        String percent(Progress progress) {
            return numbers.format(progress.percent().setScale(0, RoundingMode.DOWN)) + "%";
        }

        String value(Target target, BigDecimal value) {
            String number = numbers.format(value);
            if (target.kind() instanceof TargetKind.Amount amount) {
                return number + " " + amount.currency().getCurrencyCode();
            }
            return target.unitLabel().map(unit -> number + " " + unit).orElse(number);
        }
    }
}
