package io.shopdesk.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A list's versions for an auditor: every version of an allow or block list and, per version, what the list held and
 * what changed from the version before ({@link ListVersions}). Officers' keys only, as the lists are (a block list
 * tells a fraudster which device to change). Stateless and thread-safe.
 */
@RestController
class ListVersionsController {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern VERSION = Pattern.compile("[0-9a-fA-F]{12}");
    private static final String NAME_RULE = "a list's name: letters, digits, '.', '-' and '_' (blocked-devices)";
    private static final String VERSION_RULE = "a list version: 12 hex digits (a decision's lists.versions)";

    private final ListVersions versions;

    ListVersionsController(ListVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/api/risk/lists/{list}/versions")
    @RiskOfficerOnly("reading the lists")
    @Operation(summary = "Every version of an allow or block list, newest first",
            description = "Each time the list's file changed in the rule-set history (its last 100 entries): the "
                    + "version (the first 12 hex digits of the file's SHA-256, as decisions record it), when it went "
                    + "live, who put it live (origin; null for an edit on disk), how many entries it held and the "
                    + "version before it; the file on disk too when the history does not hold its version "
                    + "(recorded=false).")
    @ApiResponse(responseCode = "200", description = "the versions")
    @ApiResponse(responseCode = "400", description = "{\"error\":\"invalid_request\",\"fields\":{\"list\":…}}")
    @ApiResponse(responseCode = "404", description = "{\"error\":\"unknown_list\",\"message\":…}")
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    ListVersions.History history(@PathVariable String list) {
        return versions.history(valid(list, null).get("list"));
    }

    @GetMapping("/api/risk/lists/{list}/versions/{version}")
    @RiskOfficerOnly("reading the lists")
    @Operation(summary = "A list at one version, and what changed from the version before it",
            description = "The file's text, its entries (line, value, the note beside it), when and by whom the "
                    + "version went live, and against the version before it (or the one named by against): the "
                    + "entries added and removed (by value) and the unified diff of the file, notes included. Any "
                    + "version the service ever read or recorded opens, however many rule-set versions went live since.")
    @ApiResponse(responseCode = "200", description = "the list at that version")
    @ApiResponse(responseCode = "400", description = "{\"error\":\"invalid_request\",\"fields\":{…}}")
    @ApiResponse(responseCode = "404", description = "{\"error\":\"unknown_list\" or \"unknown_list_version\",\"message\":…}")
    @ApiResponse(responseCode = "401", description = "no valid X-Api-Key")
    @ApiResponse(responseCode = "403", description = "a key that is not a risk officer's (the checkout's)")
    ListVersions.Content content(@PathVariable String list, @PathVariable String version,
                                 @Parameter(description = "another version of the list to compare with")
                                 @RequestParam(required = false) String against) {
        Map<String, String> checked = valid(list, version);
        String base = against == null || against.isBlank() ? null : against.strip();
        if (base != null && !VERSION.matcher(base).matches()) {
            throw new DecisionQuery.Invalid(Map.of("against", VERSION_RULE));
        }
        return versions.content(checked.get("list"), checked.get("version"),
                base == null ? null : base.toLowerCase(Locale.ROOT));
    }

    private static Map<String, String> valid(String list, String version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!NAME.matcher(list).matches() || list.contains("..")) {
            errors.put("list", NAME_RULE);
        }
        if (version != null && !VERSION.matcher(version).matches()) {
            errors.put("version", VERSION_RULE);
        }
        if (!errors.isEmpty()) {
            throw new DecisionQuery.Invalid(errors);
        }
        Map<String, String> checked = new LinkedHashMap<>();
        checked.put("list", list.replaceFirst("\\.(csv|txt)$", ""));
        checked.put("version", version == null ? null : version.toLowerCase(Locale.ROOT));
        return checked;
    }

    @ExceptionHandler(DecisionQuery.Invalid.class)
    ResponseEntity<Map<String, Object>> invalid(DecisionQuery.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_request", "fields", e.fields()));
    }

    @ExceptionHandler(ListVersions.UnknownList.class)
    ResponseEntity<Map<String, Object>> unknownList(ListVersions.UnknownList e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown_list", "message", e.getMessage()));
    }

    @ExceptionHandler(ListVersions.UnknownListVersion.class)
    ResponseEntity<Map<String, Object>> unknownVersion(ListVersions.UnknownListVersion e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "unknown_list_version",
                "message", e.getMessage()));
    }
}
