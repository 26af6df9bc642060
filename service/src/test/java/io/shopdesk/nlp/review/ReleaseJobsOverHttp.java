package io.shopdesk.nlp.review;

import io.shopdesk.escalation.AgentSession;
import tools.jackson.databind.JsonNode;

/**
 * Waiting on the NLU release API as a supervisor's page does: for a release job to finish, and for a release to serve.
 * The release ITs share it so that each waits the same way and says the same thing when it waited in vain. Stateless.
 */
final class ReleaseJobsOverHttp {
    private static final long JOB_NANOS = 600_000_000_000L;
    private static final long SERVING_NANOS = 60_000_000_000L;

    private ReleaseJobsOverHttp() {
    }

    /** The job {@code id} once it is no longer running (passed, refused or failed); fails after 10 minutes. */
    static JsonNode finished(AgentSession boss, long id) throws Exception {
        long deadline = System.nanoTime() + JOB_NANOS;
        while (System.nanoTime() < deadline) {
            JsonNode job = boss.get("/api/nlu/releases/jobs/" + id).body();
            if (!job.get("status").asString().equals("running")) {
                return job;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("release job " + id + " still running after 10 minutes");
    }

    /** {@code /api/nlu/releases/current} once the release {@code version} serves; fails after 60 s. */
    static JsonNode serving(AgentSession boss, String version) throws Exception {
        long deadline = System.nanoTime() + SERVING_NANOS;
        JsonNode current = null;
        while (System.nanoTime() < deadline) {
            current = boss.get("/api/nlu/releases/current").body();
            if (current.get("serving").asString().contains(version)) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("release " + version + " not served within 60 s: " + current);
    }
}
