/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.user.search.UserSearchParams (class) and its static nested
 * class Builder; never packaged. Sources: the Jira 10.2.0 javadoc
 * (https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/user/search/UserSearchParams.html:
 * a class with a static nested Builder, accessors includeActive() and includeInactive(), maxResults an Integer in
 * the constructors); public plugin code built against Jira 10/11 calls new UserSearchParams.Builder()
 * .includeActive(true).includeInactive(false).maxResults(Integer.valueOf(n)).build() (code search, decompiled form,
 * which is why maxResults takes an Integer). PARTLY UNVERIFIED: the Builder's erasures were not read from a javadoc
 * page, and getMaxResults() (used by tests only) is assumed. The bodies exist so tests can run against the stub.
 */
package com.atlassian.jira.bc.user.search;

public class UserSearchParams {
    private final boolean includeActive;
    private final boolean includeInactive;
    private final Integer maxResults;

    private UserSearchParams(Builder builder) {
        this.includeActive = builder.includeActive;
        this.includeInactive = builder.includeInactive;
        this.maxResults = builder.maxResults;
    }

    public boolean includeActive() {
        return includeActive;
    }

    public boolean includeInactive() {
        return includeInactive;
    }

    public Integer getMaxResults() {
        return maxResults;
    }

    public static class Builder {
        private boolean includeActive = true;
        private boolean includeInactive;
        private Integer maxResults;

        public Builder() {
        }

        public Builder includeActive(boolean includeActive) {
            this.includeActive = includeActive;
            return this;
        }

        public Builder includeInactive(boolean includeInactive) {
            this.includeInactive = includeInactive;
            return this;
        }

        public Builder maxResults(Integer maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        public UserSearchParams build() {
            return new UserSearchParams(this);
        }
    }
}
