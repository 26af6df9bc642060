package io.shopdesk.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the risk console is signed in as: the name the service records with the officer's drafts, publishes and
 * rollbacks, so the console can show it before they change anything. Stateless and thread-safe.
 */
@RestController
class OfficerController {
    private final OfficerIdentity officers;

    OfficerController(OfficerIdentity officers) {
        this.officers = officers;
    }

    @GetMapping("/api/risk/officer")
    @RiskOfficerOnly("reading who you are")
    @Operation(summary = "The identity recorded for the caller's key",
            description = "identity: the officer's name from shopdesk.risk.officers (named=true), else officer: and "
                    + "8 hex digits of the key's SHA-256 (named=false).")
    Map<String, Object> me(@RequestHeader(RiskApiKeyInterceptor.HEADER) String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("identity", officers.of(key));
        body.put("named", officers.name(key).isPresent());
        return body;
    }
}
