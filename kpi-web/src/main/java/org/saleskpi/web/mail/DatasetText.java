package org.saleskpi.web.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.web.page.Messages;

/**
 * Any gadget's dataset (the tree the data API answers) as lines and tables of text in the reader's language: values
 * become labelled lines, lists of rows and parallel lists become tables, periods read as date ranges. Drill-down
 * queries and absence reasons are left out: a letter has no drill-down, and an absent value shows as a dash. One
 * reader for every type, so a new gadget type shows in e-mails without code here.
 */
public final class DatasetText {
    /** Members that are for the page's script, not for a reader. */
    private static final Set<String> HIDDEN = Set.of("type", "jql", "keys", "colours", "unit", "id", "goalId",
            "targetId", "absentReason", "running", "comparison", "zone");
    /** Members that name a figure by its key ({@code won-revenue.amount}): shown by the KPI's name. */
    private static final Set<String> FIGURES = Set.of("figure", "kpi");

    private final Messages texts;
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;

    public DatasetText(Messages texts) {
        this.texts = texts;
        this.numbers = NumberFormat.getNumberInstance(texts.locale());
        this.numbers.setMaximumFractionDigits(2);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.locale());
    }

    /** The dataset's figures under {@code title}. */
    public FigureSection section(String title, Node dataset) {
        List<FigureSection.Line> lines = new ArrayList<>();
        List<FigureSection.Table> tables = new ArrayList<>();
        if (dataset instanceof Node.Fields fields) {
            walk("", fields, lines, tables);
        } else {
            lines.add(new FigureSection.Line(title, cell(dataset)));
        }
        return new FigureSection(title, lines, tables, Optional.empty());
    }

    /** A number as the reader writes it. */
    public String number(BigDecimal value) {
        synchronized (numbers) {
            return numbers.format(value);
        }
    }

    private void walk(String prefix, Node.Fields fields, List<FigureSection.Line> lines,
            List<FigureSection.Table> tables) {
        Map<String, Node.Items> parallel = new LinkedHashMap<>();
        for (Map.Entry<String, Node> member : fields.members().entrySet()) {
            String name = member.getKey();
            Node value = member.getValue();
            if (hidden(name) || value == Node.Null.NULL) {
                continue;
            }
            String label = prefix.isEmpty() ? label(name) : prefix + " · " + label(name);
            if (value instanceof Node.Items items) {
                if (!items.items().isEmpty() && items.items().stream().allMatch(this::scalar)) {
                    parallel.put(label, items);
                } else if (!items.items().isEmpty() && items.items().stream().allMatch(i -> i instanceof Node.Fields)) {
                    tables.add(rows(items));
                }
            } else if (value instanceof Node.Text figure && FIGURES.contains(name)) {
                lines.add(new FigureSection.Line(label, figureName(figure.text())));
            } else if (scalar(value)) {
                lines.add(new FigureSection.Line(label, cell(value)));
            } else if (value instanceof Node.Fields nested) {
                walk(label, nested, lines, tables);
            }
        }
        columns(parallel, lines, tables);
    }

    /** Lists of one length side by side as one table (buckets beside their values); a lone list as one line. */
    private void columns(Map<String, Node.Items> parallel, List<FigureSection.Line> lines,
            List<FigureSection.Table> tables) {
        Map<Integer, List<Map.Entry<String, Node.Items>>> byLength = new LinkedHashMap<>();
        parallel.entrySet().forEach(e -> byLength.computeIfAbsent(e.getValue().items().size(), n -> new ArrayList<>())
                .add(e));
        byLength.forEach((length, lists) -> {
            if (lists.size() == 1) {
                Map.Entry<String, Node.Items> only = lists.get(0);
                lines.add(new FigureSection.Line(only.getKey(),
                        String.join(", ", only.getValue().items().stream().map(this::cell).toList())));
                return;
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                int row = i;
                rows.add(lists.stream().map(e -> cell(e.getValue().items().get(row))).toList());
            }
            tables.add(new FigureSection.Table(lists.stream().map(Map.Entry::getKey).toList(), rows));
        });
    }

    /** A list of objects as a table: one column per member that holds a value in some row. */
    private FigureSection.Table rows(Node.Items items) {
        Set<String> names = new LinkedHashSet<>();
        for (Node item : items.items()) {
            ((Node.Fields) item).members().forEach((name, value) -> {
                if (!hidden(name) && (scalar(value) || scalarList(value))) {
                    names.add(name);
                }
            });
        }
        List<List<String>> rows = new ArrayList<>();
        for (Node item : items.items()) {
            Map<String, Node> members = ((Node.Fields) item).members();
            rows.add(names.stream().map(name -> {
                Node value = members.getOrDefault(name, Node.Null.NULL);
                return value instanceof Node.Items list ? String.join(", ", list.items().stream().map(this::cell)
                        .toList()) : cell(value);
            }).toList());
        }
        return new FigureSection.Table(names.stream().map(this::label).toList(), rows);
    }

    private boolean scalarList(Node value) {
        return value instanceof Node.Items list && list.items().stream().allMatch(this::scalar);
    }

    private boolean scalar(Node value) {
        return value instanceof Node.Text || value instanceof Node.Number || value instanceof Node.Bool
                || value == Node.Null.NULL || period(value).isPresent();
    }

    private String cell(Node value) {
        if (value instanceof Node.Number number) {
            return number(number.number());
        }
        if (value instanceof Node.Text text) {
            return text.text();
        }
        if (value instanceof Node.Bool bool) {
            return texts.getText(bool.value() ? "saleskpi.mail.yes" : "saleskpi.mail.no");
        }
        return period(value).orElse("–");
    }

    /** {from, to} with {@code to} excluded, as the first and last day. */
    private Optional<String> period(Node value) {
        if (!(value instanceof Node.Fields fields) || fields.members().size() != 2
                || !(fields.members().get("from") instanceof Node.Text from)
                || !(fields.members().get("to") instanceof Node.Text to)) {
            return Optional.empty();
        }
        try {
            LocalDate first = LocalDate.parse(from.text());
            LocalDate last = LocalDate.parse(to.text()).minusDays(1);
            return Optional.of(first.equals(last) ? dates.format(first)
                    : dates.format(first) + " – " + dates.format(last));
        } catch (DateTimeParseException e) {
            return Optional.of(from.text() + " – " + to.text());
        }
    }

    /** A figure key for people, as the page's script writes it: the KPI's name, with the figure if not the headline. */
    private String figureName(String figure) {
        int dot = figure.indexOf('.');
        String kpi = dot < 0 ? figure : figure.substring(0, dot);
        String nameKey = "saleskpi.kpi." + kpi + ".name";
        String name = texts.getText(nameKey).equals(nameKey) ? kpi : texts.getText(nameKey);
        String partKey = "saleskpi.gadget.figure." + (dot < 0 ? "" : figure.substring(dot + 1));
        return dot < 0 || texts.getText(partKey).equals(partKey) ? name : name + " (" + texts.getText(partKey) + ")";
    }

    private static boolean hidden(String name) {
        return HIDDEN.contains(name) || name.endsWith("Jql") || name.endsWith("Jqls") || name.endsWith("AbsentReason")
                || name.endsWith("AbsentReasons");
    }

    /** The member's label: its text in the bundles, else its name in words ("wonDeals": "Won deals"). */
    private String label(String name) {
        String key = "saleskpi.mail.field." + name;
        String text = texts.getText(key);
        if (!text.equals(key)) {
            return text;
        }
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(texts.locale());
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
