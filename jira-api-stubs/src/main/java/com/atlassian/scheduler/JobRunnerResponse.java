/*
 * Compile-only stub of com.atlassian.scheduler.JobRunnerResponse (final class) for Jira 11.3 and 10.3; never packaged.
 * Factories: static success(), success(String), failed(String), failed(Throwable), aborted(String).
 * VERIFIED: the five factories and their erasures on atlassian-scheduler-api 1.6.0,
 * https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html.
 * UNVERIFIED: getRunOutcome() and getMessage() (tests only, from memory of the API; kpi-jira's main code never calls
 * them); the bodies are ours, so tests can run.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

public final class JobRunnerResponse {
    private final RunOutcome outcome;
    private final String message;

    private JobRunnerResponse(RunOutcome outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse(RunOutcome.FAILED, String.valueOf(cause));
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, message);
    }

    public RunOutcome getRunOutcome() {
        return outcome;
    }

    public String getMessage() {
        return message;
    }
}
