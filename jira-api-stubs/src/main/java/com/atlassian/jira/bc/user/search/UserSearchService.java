/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.user.search.UserSearchService (interface, @PublicApi since
 * 7.0); never packaged. Source: the Jira javadoc method summaries of 7.0.4 and 10.2.0
 * (https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/user/search/UserSearchService.html):
 * List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams), matching the start of the
 * username, full name, e-mail and their words. Not re-checked against an 11.x page.
 */
package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
