package org.saleskpi.jira.simulated;

import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;

/** The simulated Jira's configuration objects: plain values behind the stubbed Jira interfaces. */
final class JiraObjects {
    private JiraObjects() {
    }

    record SimProject(long id, String key) implements Project {
        @Override
        public String getKey() {
            return key;
        }
    }

    record SimUser(String key, String displayName) implements ApplicationUser {
        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getUsername() {
            return key;
        }

        @Override
        public String getDisplayName() {
            return displayName;
        }

        @Override
        public boolean isActive() {
            return true;
        }
    }

    /** Jira's three category keys: new, indeterminate, done. */
    record SimStatusCategory(String key) implements StatusCategory {
        @Override
        public String getKey() {
            return key;
        }
    }

    record SimStatus(String id, String name, StatusCategory category) implements Status {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public StatusCategory getStatusCategory() {
            return category;
        }
    }

    record SimIssueType(String name) implements IssueType {
        @Override
        public String getName() {
            return name;
        }
    }

    record SimResolution(String id, String name) implements Resolution {
        @Override
        public String getName() {
            return name;
        }
    }

    record SimFieldType(String key) implements CustomFieldType {
        @Override
        public String getKey() {
            return key;
        }
    }

    record SimCustomField(String id, String name, CustomFieldType type) implements CustomField {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public CustomFieldType getCustomFieldType() {
            return type;
        }
    }

    record SimOption(long id, String value) implements Option {
        @Override
        public String getValue() {
            return value;
        }
    }
}
