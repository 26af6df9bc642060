package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Train and release the intent model from the review page (supervisors only, see {@code ConsoleSecurity}):
 * {@code POST /api/nlu/releases} starts a {@link ReleaseJobs} job (202, or 409 while one runs),
 * {@code GET /api/nlu/releases/jobs/{id}} follows it, {@code GET /api/nlu/releases/jobs} lists past ones,
 * {@code POST /api/nlu/releases/jobs/{id}/override} with {@code {"reason"}} releases a candidate that only
 * {@code below_floor} refused ("Release anyway", recorded with the supervisor's login name, as {@code startedBy} is),
 * {@code GET /api/nlu/releases/current} tells what is released and serving. Stateless and thread-safe.
 */
@RestController
class ReleaseController {
    private final ReleaseJobs jobs;
    private final IntentStage intents;
    private final ReviewedExamples examples;
    private final InboxWarmer warmer;

    private final org.springframework.beans.factory.ObjectProvider<io.shopdesk.nlp.IntentCoverage> coverage;

    ReleaseController(ReleaseJobs jobs, IntentStage intents, ReviewedExamples examples, InboxWarmer warmer,
                      org.springframework.beans.factory.ObjectProvider<io.shopdesk.nlp.IntentCoverage> coverage) {
        this.jobs = jobs;
        this.coverage = coverage;
        this.intents = intents;
        this.examples = examples;
        this.warmer = warmer;
    }

    @PostMapping("/api/nlu/releases")
    ResponseEntity<ReleaseJob.View> start(Principal principal) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(principal.getName()).view());
    }

    /** Longest reason a reviewer may give for releasing below the floor (the history column's size). */
    static final int MAX_REASON = 1000;

    @PostMapping("/api/nlu/releases/jobs/{id}/override")
    ResponseEntity<?> override(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body,
                               Principal principal) {
        long number = number(id);
        Object given = body == null ? null : body.get("reason");
        if (given != null && !(given instanceof String)) {
            throw new InvalidRequest(Map.of("reason", "must be text (a JSON string), got "
                    + (given instanceof Map ? "an object" : given instanceof List ? "a list" : given)));
        }
        String reason = given instanceof String text ? text.strip() : "";
        if (reason.isEmpty()) {
            throw new InvalidRequest(Map.of("reason", "required: say why this release may go below the floor"));
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidRequest(Map.of("reason", "at most " + MAX_REASON + " characters, got " + reason.length()));
        }
        if (jobs.job(number).isEmpty()) {
            return notFound(number);
        }
        return ResponseEntity.ok(jobs.override(number, principal.getName(), reason));
    }

    @GetMapping("/api/nlu/releases/jobs/{id}")
    ResponseEntity<?> job(@PathVariable String id) {
        long number = number(id);
        return jobs.job(number).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(number));
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(Map.of("id", "must be a job number"));
        }
    }

    private static ResponseEntity<?> notFound(long number) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found",
                "message", "No release job " + number));
    }

    /** Past and running jobs, newest first ({@code limit} 1-100, default 20), from the history table. */
    @GetMapping("/api/nlu/releases/jobs")
    Map<String, Object> jobs(@RequestParam(required = false) String limit) {
        int n = 20;
        if (limit != null && !limit.isBlank()) {
            try {
                n = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 100) {
                throw new InvalidRequest(Map.of("limit", "must be a whole number from 1 to 100"));
            }
        }
        return Map.of("jobs", jobs.recent(n));
    }

    /**
     * The release in the models folder, the model serving, whether the training data is still the release's (false
     * once labels wait to be released, and while the data cannot be read), the data's error when it cannot be read
     * ({@code dataError}, {@code FILE:LINE: …}, as a job would fail; releases are refused until it is fixed), the trained
     * intents nothing answers ({@code unansweredIntents}), those only the FAQ search answers ({@code answeredByFaqSearch}:
     * intent, entry, answered, examples; {@link AnswerCoverage}), and the running job. The files are parsed, not only hashed:
     * a hash of unreadable data described nothing a release could be trained on.
     */
    @GetMapping("/api/nlu/releases/current")
    Map<String, Object> current() {
        Map<String, Object> body = new LinkedHashMap<>();
        var manifest = IntentModelStore.manifest(intents.releaseFolder());
        body.put("release", manifest.orElse(null));
        body.put("serving", intents.source());
        TrainingSnapshot data = null;
        String error = null;
        try {
            data = examples.locked(() -> TrainingSnapshot.read(examples.folder(), new IntentReleaseTrainer(intents.trainer())));
        } catch (IntentDataException e) {
            error = e.getMessage();
        }
        String hash = data == null ? null : data.hash();
        body.put("dataMatchesRelease", hash != null && manifest.map(m -> m.trainingDataHash().equals(hash)).orElse(false));
        body.put("dataError", error);
        // Out of scope (and a look-alike of its label, which the job's warnings ask to rename) is answered by the
        // fallback, and an intent whose examples the FAQ search answers is listed apart: it is not unanswered.
        AnswerCoverage answers = data == null ? AnswerCoverage.NONE : AnswerCoverage.of(coverage.getIfAvailable(), data);
        body.put("unansweredIntents", answers.unanswered());
        body.put("answeredByFaqSearch", answers.searchAnswered());
        body.put("runningJob", jobs.running().map(ReleaseJob::id).orElse(null));
        // The inbox's last background classification: for which model, how many texts, how long.
        body.put("inboxWarmed", warmer.last());
        return body;
    }
}
