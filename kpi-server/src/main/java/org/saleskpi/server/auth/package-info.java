/**
 * Who may use the standalone server: users and reps, project roles, sessions, access tokens, the
 * filter that signs requests in, and their REST resources. Jira brings its own of all of these.
 */
package org.saleskpi.server.auth;
