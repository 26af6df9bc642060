package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk officers change the risk rules from the console: read the files, propose a draft, check it (the reload gate's
 * compile and scenarios, and a replay of stored decisions through it) and publish it through the gate. Officers'
 * keys only ({@link RiskOfficerOnly}): the checkout's key cannot change what decides. Stateless and thread-safe.
 */
@RestController
class RuleDraftsController {
    private static final String OFFICER_ONLY = "changing the rules";
    private final RuleDrafts drafts;
    private final DraftFiles files;
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final OfficerIdentity officers;

    RuleDraftsController(RuleDrafts drafts, DraftFiles files, RuleEngine rules, RiskSettings settings,
                         OfficerIdentity officers) {
        this.drafts = drafts;
        this.files = files;
        this.rules = rules;
        this.settings = settings;
        this.officers = officers;
    }

    @GetMapping("/api/risk/rules/files")
    @RiskOfficerOnly("reading the rule files")
    @Operation(summary = "The files a draft may change, with their text now, and the live version",
            description = "DRL files and decision tables (CSV, and Excel .drl.xlsx as its bytes Base64-encoded, as a "
                    + "draft carries it too) at the rule set's top level, scenarios/*.yml and lists/*.csv, by path "
                    + "relative to the rule set's folder. A draft is made on liveVersion.")
    Map<String, Object> files() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("liveVersion", rules.ruleSet(settings.ruleSet()).version());
        body.put("files", files.all());
        return body;
    }

    @PostMapping("/api/risk/rules/drafts")
    @RiskOfficerOnly(OFFICER_ONLY)
    @Operation(summary = "Propose a change of the rule files as a draft (nothing goes live)",
            description = "Body: baseVersion (the live version it is made on), files (path -> the file's full new "
                    + "text), deletions (paths), reason. The proposer is recorded by their name (shopdesk.risk.officers), else by officer: and a hash of their key.")
    @ApiResponse(responseCode = "201", description = "the draft")
    @ApiResponse(responseCode = "400", description = "{\"error\":\"invalid_request\",\"fields\":{…}}")
    @ApiResponse(responseCode = "409", description = "{\"error\":\"stale_draft\",…}: baseVersion is no longer live")
    ResponseEntity<RuleDraft> propose(@RequestBody RuleDrafts.Proposal proposal,
                                      @RequestHeader(RiskApiKeyInterceptor.HEADER) String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drafts.propose(proposal, officers.of(key)));
    }

    @GetMapping("/api/risk/rules/drafts")
    @RiskOfficerOnly("reading the drafts")
    @Operation(summary = "The latest 50 drafts, newest first: open, published (with the version) or refused")
    List<RuleDraft> recent() {
        return drafts.recent(50);
    }

    @GetMapping("/api/risk/rules/drafts/{id}")
    @RiskOfficerOnly("reading the drafts")
    @Operation(summary = "One draft")
    @ApiResponse(responseCode = "404", description = "no such draft")
    RuleDraft draft(@PathVariable String id) {
        return drafts.find(id(id));
    }

    @PostMapping("/api/risk/rules/drafts/{id}/check")
    @RiskOfficerOnly(OFFICER_ONLY)
    @Operation(summary = "Run the reload gate's checks on a draft without going live, and replay stored decisions",
            description = "Compiles the draft's rule files (compileProblems by file and line) and, when they "
                    + "compile, runs the draft's scenarios (scenarioProblems); passed says whether a publish would go "
                    + "live. replay replays the decisions stored in the last hours through the live version and the "
                    + "draft (its rules and its lists), as the rollback preview does: flipped, changes per kind from "
                    + "-> to, and the newest " + RuleDrafts.SAMPLE + " flipped decisions with both outcomes' reason "
                    + "codes. stale says the live version or a touched file moved since the draft was made.")
    @ApiResponse(responseCode = "200", description = "the check")
    @ApiResponse(responseCode = "400", description = "bad hours")
    @ApiResponse(responseCode = "404", description = "no such draft")
    RuleDrafts.CheckReport check(@PathVariable String id,
                                 @Parameter(description = "the replay's window: the last this many hours, 1-720",
                                         schema = @Schema(type = "integer", minimum = "1", maximum = "720",
                                                 defaultValue = "24"))
                                 @RequestParam(required = false) String hours) {
        return drafts.check(id(id), LookBack.parse(hours));
    }

    @PostMapping("/api/risk/rules/drafts/{id}/publish")
    @RiskOfficerOnly(OFFICER_ONLY)
    @Operation(summary = "Write a draft's files into the rules folder and let the reload gate take it live",
            description = "All files or none. 200 with published=true and the liveVersion that went live; 409 with "
                    + "published=false and the gate's problems when it refused the draft: the files on disk were "
                    + "restored and the old version keeps serving. The publisher is recorded with the draft and, as "
                    + "the version's origin, in the history.")
    @ApiResponse(responseCode = "409", description = "refused by the gate (published=false), stale_draft or draft_closed")
    ResponseEntity<RuleDrafts.Publication> publish(@PathVariable String id,
                                                   @RequestHeader(RiskApiKeyInterceptor.HEADER) String key) {
        RuleDrafts.Publication publication = drafts.publish(id(id), officers.of(key));
        return ResponseEntity.status(publication.published() ? HttpStatus.OK : HttpStatus.CONFLICT).body(publication);
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NoSuchElementException("No draft " + id);
        }
    }
}
