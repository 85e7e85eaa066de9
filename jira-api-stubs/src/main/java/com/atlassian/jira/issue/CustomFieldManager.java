/*
 * Compile-only stub of com.atlassian.jira.issue.CustomFieldManager (interface, @PublicApi) for Jira 11.3 and 10.3;
 * never packaged. CustomField getCustomFieldObject(String id), the "customfield_10000" form (null when absent).
 * VERIFIED for Jira 7.1 (both getCustomFieldObject(String) and (Long), @Nullable):
 * https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/issue/CustomFieldManager.html
 * The by-name lookups JIRA-PLATFORM.md 1.6 lists are not used, so their return type (Collection or List) does not matter.
 * UNVERIFIED for 10/11: no newer javadoc page was found (searched the pages corpus for "CustomFieldManager
 * getCustomFieldObject" with Jira 10).
 * getCustomFieldObjects() returning List<CustomField>: public plugin code assigns it to a List without a cast
 * (checked with the code search); the erasure java.util.List for Jira 11 is UNVERIFIED.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();
}
