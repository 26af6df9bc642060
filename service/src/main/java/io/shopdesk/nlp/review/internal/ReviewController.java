package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.review.ReviewSettings;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review inbox of what the bot did not understand, and labelling from it (supervisors only, see
 * {@code ConsoleSecurity}): {@code GET /api/nlu/review}, {@code POST} and {@code DELETE /api/nlu/review/examples}.
 * Stateless and thread-safe.
 */
@RestController
class ReviewController {
    private final ReviewInbox inbox;
    private final ReviewedExamples examples;
    private final LabelAuthors authors;
    private final ReviewSettings settings;

    ReviewController(ReviewInbox inbox, ReviewedExamples examples, LabelAuthors authors, ReviewSettings settings) {
        this.inbox = inbox;
        this.examples = examples;
        this.authors = authors;
        this.settings = settings;
    }

    record Example(String text, String language, String intent) {
    }

    record Labelled(String text, String language, String intent, String file, String labelledBy, Instant labelledAt) {
    }

    @GetMapping("/api/nlu/review")
    ReviewInbox.Page review(@RequestParam(required = false) String days, @RequestParam(required = false) String language,
                            @RequestParam(required = false) String reason, @RequestParam(required = false) String fixed,
                            @RequestParam(required = false) String labelled, @RequestParam(required = false) String page,
                            @RequestParam(required = false) String size) {
        return inbox.page(ReviewQuery.parse(days, language, reason, fixed, labelled, page, size));
    }

    @PostMapping("/api/nlu/review/examples")
    ResponseEntity<Labelled> label(@RequestBody(required = false) Example example, Principal principal) {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = example == null || example.text() == null ? "" : example.text().strip();
        if (text.isEmpty()) {
            problems.put("text", "required");
        } else if (text.length() > settings.maxExampleLength()) {
            problems.put("text", "at most " + settings.maxExampleLength() + " characters, got " + text.length());
        }
        String language = example == null ? null : example.language();
        if (!ReviewQuery.LANGUAGES.contains(String.valueOf(language))) {
            problems.put("language", "must be zh or en");
        }
        String intent = example == null || example.intent() == null ? "" : example.intent().strip();
        if (!inbox.knownIntents().contains(intent)) {
            problems.put("intent", "must be one of " + String.join(", ", inbox.knownIntents()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String file = examples.add(text, language, intent);
        LabelAuthors.Author author = authors.record(text, language, intent, file, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Labelled(text, language, intent, file, author.username(), author.at()));
    }

    @DeleteMapping("/api/nlu/review/examples")
    ResponseEntity<Map<String, Object>> unlabel(@RequestParam(required = false) String text,
                                                @RequestParam(required = false) String language) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            problems.put("text", "required");
        }
        if (!ReviewQuery.LANGUAGES.contains(String.valueOf(language))) {
            problems.put("language", "must be zh or en");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return examples.remove(text.strip(), language)
                .map(intent -> {
                    authors.forget(text.strip(), language);
                    return ResponseEntity.ok(Map.<String, Object>of("text", text.strip(), "language", language,
                            "intent", intent, "file", ReviewedExamples.fileName(language)));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found",
                        "message", "No reviewed example '" + text.strip() + "' in " + ReviewedExamples.fileName(language))));
    }
}
