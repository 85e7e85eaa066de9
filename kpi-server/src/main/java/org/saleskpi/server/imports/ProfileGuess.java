package org.saleskpi.server.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the names of a file's issue types, statuses and columns suggest for a KPI profile offered to a project that
 * has none: only what a name says in English or Japanese ("Opportunity" is a deal type, "Closed Won" a won status,
 * "Amount" the amount); anything else is left for the administrator to choose, never assumed.
 */
final class ProfileGuess {
    private static final List<Named> KINDS = List.of(
            new Named("deal", words("deals?|opportunit(y|ies)|商談|案件")),
            new Named("lead", words("leads?|見込み客|リード")),
            new Named("customer", words("customers?|accounts?|clients?|顧客|取引先")),
            new Named("campaign", words("campaigns?|newsletters?|キャンペーン")),
            new Named("cost", words("expenses?|costs?|spend|経費|費用")));
    // "Lost" before "won": "Closed Lost" must not be read as won because of "Closed".
    private static final List<Named> DEAL_ROLES = List.of(
            new Named("lost", words("lost|失注")),
            new Named("won", words("won|win|受注|成約")));
    private static final Named CONVERTED = new Named("converted", words("qualified|converted|商談化"));
    private static final Named CHURNED = new Named("churned", words("churned|cancell?ed|解約"));
    private static final Pattern AMOUNT = words("amount|value|revenue|price|金額|売上|受注額");
    private static final Pattern CUSTOMER = words("customer|account|client|company|顧客|取引先|会社");
    private static final Pattern CLOSE_DATE = Pattern.compile("(?iu)close|closing|クローズ|受注日|成約日");

    private ProfileGuess() {
    }

    /** deal, lead, customer, campaign, cost, or empty for a type whose name says none of them. */
    static String kind(String issueType) {
        return first(KINDS, issueType).orElse("");
    }

    /** won or lost for a deal's status, converted for a lead's, churned for a customer's; else empty. */
    static String role(String kind, String status) {
        return switch (kind) {
            case "deal" -> first(DEAL_ROLES, status).orElse("");
            case "lead" -> first(List.of(CONVERTED), status).orElse("");
            case "customer" -> first(List.of(CHURNED), status).orElse("");
            default -> "";
        };
    }

    /** The column named like an amount, else the only Number column; empty when there is no telling. */
    static Optional<String> amount(List<String> numberColumns) {
        return named(AMOUNT, numberColumns).or(() -> numberColumns.size() == 1
                ? Optional.of(numberColumns.get(0)) : Optional.empty());
    }

    static Optional<String> customer(List<String> textColumns) {
        return named(CUSTOMER, textColumns);
    }

    /** A Date column named like a close date; empty means the resolution date. */
    static Optional<String> closeDate(List<String> dateColumns) {
        return named(CLOSE_DATE, dateColumns);
    }

    private static Optional<String> named(Pattern pattern, List<String> names) {
        return names.stream().filter(name -> pattern.matcher(name).find()).findFirst();
    }

    private static Optional<String> first(List<Named> candidates, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream().filter(named -> named.pattern().matcher(lower).find()).map(Named::name).findFirst();
    }

    /** Whole English words (so "Won't do" is not "won"), or Japanese anywhere in the name. */
    private static Pattern words(String alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{IsLatin}'])(" + alternatives + ")(?![\\p{IsLatin}'])");
    }

    private record Named(String name, Pattern pattern) {
    }
}
