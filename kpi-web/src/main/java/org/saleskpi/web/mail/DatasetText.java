package org.saleskpi.web.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.web.page.Messages;

/**
 * Any gadget's dataset (the tree the data API answers) as lines and tables of text in the reader's language: values
 * become labelled lines, lists of rows and parallel lists become tables, periods read as date ranges. Drill-down
 * queries and absence reasons are left out: a letter has no drill-down, and an absent value shows as a dash. One
 * reader for every type, so a new gadget type shows in e-mails without code here. A value, previous value or change
 * is written in the unit its dataset names, as the pages write it (money with the currency, a rate in percent), and a
 * rate of counts with what it is made of: "76% (19 won of 25 closed)" (ADR 0067).
 */
public final class DatasetText {
    /** Members that are for the page's script, not for a reader. */
    private static final Set<String> HIDDEN = Set.of("type", "jql", "keys", "colours", "unit", "id", "goalId",
            "targetId", "absentReason", "running", "comparison", "zone", "numerator", "denominator", "numerators",
            "denominators", "previousNumerator", "previousDenominator", "partsUnit", "partsUnits", "units");
    /** Members whose numbers are in the unit their dataset (or row, or table column) names. */
    private static final Set<String> IN_UNIT = Set.of("value", "previous", "delta", "values");
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
            walk("", fields, lines, tables, NumberMeaning.NONE.namingUnits(namesUnits(fields)).within(fields));
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
            List<FigureSection.Table> tables, NumberMeaning meaning) {
        Map<String, Node.Items> parallel = new LinkedHashMap<>();
        for (Map.Entry<String, Node> member : fields.members().entrySet()) {
            String name = member.getKey();
            Node value = member.getValue();
            if (hidden(name) || meaning.currencyWritten(name)) {
                continue;
            }
            String label = prefix.isEmpty() ? label(name) : prefix + " · " + label(name);
            if (value == Node.Null.NULL) {
                // A rate of nothing (0 of 0) is no number, but says what it did not find: "no closed deals".
                if ("value".equals(name) || "previous".equals(name)) {
                    rateWords(meaning, fields, name).ifPresent(words -> lines.add(new FigureSection.Line(label, words)));
                }
                continue;
            }
            if (value instanceof Node.Items items) {
                if (!items.items().isEmpty() && items.items().stream().allMatch(this::scalar)) {
                    parallel.put(label, "values".equals(name) ? inColumns(items, fields, meaning) : items);
                } else if (!items.items().isEmpty() && items.items().stream().allMatch(i -> i instanceof Node.Fields)) {
                    tables.add(rows(items, meaning));
                }
            } else if (value instanceof Node.Text figure && FIGURES.contains(name)) {
                lines.add(new FigureSection.Line(label, figureName(figure.text())));
            } else if (scalar(value)) {
                lines.add(new FigureSection.Line(label, member(name, value, fields, meaning)));
            } else if (value instanceof Node.Fields nested) {
                walk(label, nested, lines, tables, meaning.within(nested));
            }
        }
        columns(parallel, lines, tables);
    }

    /** A member's text: in its dataset's unit where it is a value, a change in percent, anything else as it is. */
    private String member(String name, Node value, Node.Fields fields, NumberMeaning meaning) {
        if (!(value instanceof Node.Number number)) {
            return cell(value);
        }
        if ("relativeDelta".equals(name)) {
            return inUnit(number.number(), "ratio", "");
        }
        if (meaning.units().containsKey(name)) {
            // A dataset of named figures (a forecast's won, commit...) says each one's unit in its units.
            return inUnit(number.number(), meaning.units().get(name), meaning.currency());
        }
        if (!IN_UNIT.contains(name)) {
            return cell(value);
        }
        String text = inUnit(number.number(), meaning.unit(), meaning.currency());
        if ("value".equals(name) || "previous".equals(name)) {
            Optional<String> words = rateWords(meaning, fields, name);
            if (words.isPresent()) {
                return texts.getText("saleskpi.mail.rateValue", text, words.get());
            }
        }
        return text;
    }

    /**
     * A table gadget's {@code values} (one per column, the columns' keys and units in the dataset's {@code columns})
     * as texts in their columns' units, each rate with what it is made of.
     */
    private Node.Items inColumns(Node.Items values, Node.Fields fields, NumberMeaning meaning) {
        if (meaning.columns().isEmpty()) {
            // A series (a line's values per bucket) is in its dataset's unit, a rate's points with their parts.
            Node.Items texts = new Node.Items();
            boolean amounts = fields.members().get("partsUnit") instanceof Node.Text unit
                    && "amount".equals(unit.text());
            for (int i = 0; i < values.items().size(); i++) {
                Node value = values.items().get(i);
                if (!(value instanceof Node.Number number) || meaning.unit().isEmpty()) {
                    texts.add(value);
                    continue;
                }
                String text = inUnit(number.number(), meaning.unit(), meaning.currency());
                Optional<String> words = rateWords(meaning.figure(), item(fields, "numerators", i),
                        item(fields, "denominators", i), amounts, meaning.currency());
                texts.add(Node.text(words.map(w -> this.texts.getText("saleskpi.mail.rateValue", text, w))
                        .orElse(text)));
            }
            return texts;
        }
        Node.Items texts = new Node.Items();
        for (int i = 0; i < values.items().size(); i++) {
            Node value = values.items().get(i);
            Optional<Node.Fields> column = i < meaning.columns().size() ? Optional.of(meaning.columns().get(i))
                    : Optional.empty();
            if (!(value instanceof Node.Number number) || column.isEmpty()) {
                texts.add(Node.text(cell(value)));
                continue;
            }
            String text = inUnit(number.number(), textOf(column.get(), "unit"), meaning.currency());
            Optional<String> words = rateWords(textOf(column.get(), "key"), item(fields, "numerators", i),
                    item(fields, "denominators", i), "amount".equals(cell(item(fields, "partsUnits", i))),
                    meaning.currency());
            texts.add(Node.text(words.map(w -> this.texts.getText("saleskpi.mail.rateValue", text, w)).orElse(text)));
        }
        return texts;
    }

    private static Node item(Node.Fields fields, String name, int index) {
        return fields.members().get(name) instanceof Node.Items items && index < items.items().size()
                ? items.items().get(index) : Node.Null.NULL;
    }

    private static String textOf(Node.Fields fields, String name) {
        return fields.members().get(name) instanceof Node.Text text ? text.text() : "";
    }

    /** A number as the pages write a unit the API names: money with its currency, a rate in percent, days. */
    private String inUnit(BigDecimal value, String unit, String currency) {
        Locale locale = texts.locale();
        switch (unit) {
            case "amount" -> {
                if (currency.isEmpty()) {
                    return number(value);
                }
                NumberFormat money = NumberFormat.getCurrencyInstance(locale);
                money.setCurrency(Currency.getInstance(currency));
                return money.format(value);
            }
            case "ratio" -> {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(1);
                return percent.format(value);
            }
            case "days" -> {
                NumberFormat days = NumberFormat.getNumberInstance(locale);
                days.setMaximumFractionDigits(1);
                return texts.getText("saleskpi.value.days", days.format(value));
            }
            default -> {
                return number(value);
            }
        }
    }

    /**
     * What the rate {@code value} (numerator, denominator) or {@code previous} (previousNumerator...) of a dataset or
     * row is made of; empty when it gave no parts.
     */
    private Optional<String> rateWords(NumberMeaning meaning, Node.Fields fields, String name) {
        String prefix = "value".equals(name) ? "" : name;
        Map<String, Node> members = fields.members();
        return rateWords(meaning.figure(), members.get(prefix.isEmpty() ? "numerator" : prefix + "Numerator"),
                members.get(prefix.isEmpty() ? "denominator" : prefix + "Denominator"),
                members.get("partsUnit") instanceof Node.Text unit && "amount".equals(unit.text()), meaning.currency());
    }

    /**
     * What a rate is made of in its KPI's words, as the pages' drill-downs say it ("19 won of 25 closed"; 0 of 0:
     * "no closed deals"; of money "$450,000.00 won of a target of $600,000.00"); empty when the dataset gave no parts.
     */
    private Optional<String> rateWords(String figure, Node numerator, Node denominator, boolean amounts,
            String currency) {
        if (!(numerator instanceof Node.Number top) || !(denominator instanceof Node.Number bottom)) {
            return Optional.empty();
        }
        String key = "saleskpi.rate." + figure;
        if (texts.getText(key).equals(key)) {
            key = "saleskpi.rate.other";
        }
        return Optional.of(bottom.number().signum() == 0 ? texts.getText(key + ".none")
                : texts.getText(key, part(top.number(), amounts, currency), part(bottom.number(), amounts, currency)));
    }

    /** A rate's part: a count as a number, money with its currency. */
    private String part(BigDecimal value, boolean amount, String currency) {
        return amount ? inUnit(value, "amount", currency) : number(value);
    }

    /**
     * Whether the dataset names the unit of its numbers somewhere (a figure's, a column's or a series' unit): its amounts
     * are then written with their currency, and a line of the currency alone would only repeat it.
     */
    private static boolean namesUnits(Node node) {
        if (node instanceof Node.Fields fields) {
            return fields.members().get("unit") instanceof Node.Text || fields.members().get("units") instanceof Node.Fields
                    || fields.members().values().stream().anyMatch(DatasetText::namesUnits);
        }
        return node instanceof Node.Items items && items.items().stream().anyMatch(DatasetText::namesUnits);
    }

    /**
     * The unit, currency and figure a dataset or row names for its numbers, inherited by what it holds, a table
     * gadget's columns, whether the dataset names its units (so every amount carries the currency), and the unit of
     * each named member where the dataset gives them ({@code units}: a forecast's won, commit...).
     */
    private record NumberMeaning(String unit, String currency, String figure, List<Node.Fields> columns,
            boolean unitsNamed, Map<String, String> units) {
        static final NumberMeaning NONE = new NumberMeaning("", "", "", List.of(), false, Map.of());

        NumberMeaning namingUnits(boolean named) {
            return new NumberMeaning(unit, currency, figure, columns, named, units);
        }

        /**
         * Whether the member is the currency that every amount of the dataset already carries. A dataset that does not
         * say which numbers are amounts (a forecast's won, commit...) keeps its currency line: its amounts are bare.
         */
        boolean currencyWritten(String name) {
            return unitsNamed && "currency".equals(name);
        }

        NumberMeaning within(Node.Fields fields) {
            Map<String, Node> members = fields.members();
            List<Node.Fields> named = members.get("columns") instanceof Node.Items items
                    && items.items().stream().allMatch(i -> i instanceof Node.Fields)
                    ? items.items().stream().map(i -> (Node.Fields) i).toList() : columns;
            Map<String, String> memberUnits = units;
            if (members.get("units") instanceof Node.Fields given) {
                memberUnits = new LinkedHashMap<>();
                for (Map.Entry<String, Node> entry : given.members().entrySet()) {
                    if (entry.getValue() instanceof Node.Text text) {
                        memberUnits.put(entry.getKey(), text.text());
                    }
                }
            }
            return new NumberMeaning(members.get("unit") instanceof Node.Text t ? t.text() : unit,
                    members.get("currency") instanceof Node.Text c ? c.text() : currency,
                    members.get("figure") instanceof Node.Text f ? f.text() : figure, named, unitsNamed, memberUnits);
        }
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
    private FigureSection.Table rows(Node.Items items, NumberMeaning meaning) {
        Set<String> names = new LinkedHashSet<>();
        for (Node item : items.items()) {
            ((Node.Fields) item).members().forEach((name, value) -> {
                if (!hidden(name) && !meaning.currencyWritten(name) && (scalar(value) || scalarList(value))) {
                    names.add(name);
                }
            });
        }
        List<List<String>> rows = new ArrayList<>();
        for (Node item : items.items()) {
            Node.Fields row = (Node.Fields) item;
            NumberMeaning rowMeaning = meaning.within(row);
            Map<String, Node> members = row.members();
            rows.add(names.stream().map(name -> {
                Node value = members.getOrDefault(name, Node.Null.NULL);
                if (value instanceof Node.Items list) {
                    Node.Items shown = "values".equals(name) ? inColumns(list, row, rowMeaning) : list;
                    return String.join(", ", shown.items().stream().map(this::cell).toList());
                }
                return value == Node.Null.NULL ? cell(value) : member(name, value, row, rowMeaning);
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
