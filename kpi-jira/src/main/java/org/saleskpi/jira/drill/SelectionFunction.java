package org.saleskpi.jira.drill;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.jira.plugin.jql.function.JqlFunctionModuleDescriptor;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.jql.SavedKeys;
import org.saleskpi.core.jql.SavedSelections;
import org.saleskpi.web.page.Messages;

/**
 * {@code issue in saleskpiSelection("<token>")} in Jira's own search: the keys of the list a funnel step saved for
 * the searcher (ADR 0033), read from the store's table that every node shares. The {@code <jql-function>} module in
 * atlassian-plugin.xml names this class; Jira builds it with the plugin's components and asks one instance from many
 * threads (JqlFunction's javadoc), so it holds nothing per query.
 *
 * <p>Only the list's owner gets its keys. Another user's token or an unknown one fails validation with the same
 * words, an expired one says so; the search then applies the searcher's permissions as to any key list.
 */
public final class SelectionFunction implements JqlFunction {
    private final KeySelections selections;
    private final JiraAuthenticationContext authentication;
    private final Messages.Cache messages = new Messages.Cache(SelectionFunction.class.getClassLoader());

    public SelectionFunction(KeySelections selections, JiraAuthenticationContext authentication) {
        this.selections = selections;
        this.authentication = authentication;
    }

    @Override
    public void init(JqlFunctionModuleDescriptor moduleDescriptor) {
        // Nothing to keep: the texts come from the app's own bundles, in the searcher's language.
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        MessageSetImpl errors = new MessageSetImpl();
        if (operand.getArgs().size() != 1) {
            errors.addErrorMessage(text("saleskpi.jql.selection.arguments"));
            return errors;
        }
        SavedKeys.Found found = found(searcher, operand);
        if (found instanceof SavedKeys.Found.Expired) {
            errors.addErrorMessage(text("saleskpi.jql.selection.expired"));
        } else if (found instanceof SavedKeys.Found.Unknown) {
            errors.addErrorMessage(text("saleskpi.jql.selection.unknown"));
        }
        return errors;
    }

    /** The list's keys, in key order; none for a token validation refused (Jira validates before it searches). */
    @Override
    public List<QueryLiteral> getValues(QueryCreationContext queryCreationContext, FunctionOperand operand,
            TerminalClause terminalClause) {
        if (operand.getArgs().size() != 1
                || !(found(queryCreationContext.getApplicationUser(), operand) instanceof SavedKeys.Found.Keys keys)) {
            return List.of();
        }
        return new TreeSet<>(keys.keys()).stream().map(key -> new QueryLiteral(operand, key)).toList();
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public String getFunctionName() {
        return SavedSelections.FUNCTION;
    }

    /** Issue keys: the data type of Jira's issue key clause ({@code key}, {@code issue}, {@code issuekey}). */
    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    private SavedKeys.Found found(ApplicationUser searcher, FunctionOperand operand) {
        Optional<String> user = Optional.ofNullable(searcher).map(ApplicationUser::getKey);
        return selections.keys(operand.getArgs().get(0).strip(), user);
    }

    /** In the searcher's language, chosen as the app's pages choose it (English when Jira names none). */
    private String text(String key) {
        return messages.get(authentication.getLocale()).getText(key);
    }
}
