package io.shopdesk.risk.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Block a decision's device, IP or card, or allow its customer (and undo either), from the decision's page in the
 * risk console. Officers' keys only: the change is published to the lists at once, through the reload gate.
 * Stateless and thread-safe.
 */
@RestController
class ListActionsController {
    private final ListActions actions;
    private final OfficerIdentity officers;

    ListActionsController(ListActions actions, OfficerIdentity officers) {
        this.actions = actions;
        this.officers = officers;
    }

    @GetMapping("/api/risk/decisions/{id}/lists")
    @RiskOfficerOnly("reading the lists")
    @Operation(summary = "The decision's device, IP, card and customer, and whether each list holds it now")
    @ApiResponse(responseCode = "404", description = "no such decision")
    List<ListActions.Listed> listed(@PathVariable String id) {
        return actions.listed(id);
    }

    @PostMapping("/api/risk/decisions/{id}/lists")
    @RiskOfficerOnly("changing the lists")
    @Operation(summary = "Add the decision's value to a list, or remove it, and publish the list at once",
            description = "Body: list (blocked-devices, blocked-ips, blocked-cards, allowed-customers), action (add, "
                    + "remove), reason (required: written into the list file beside the value, with the date, the "
                    + "officer and the decision, and kept with the draft). Published as a draft through the reload "
                    + "gate: 200 with published=true, 409 when refused (stale_draft, or the gate's problems).")
    @ApiResponse(responseCode = "400", description = "{\"error\":\"invalid_request\",\"fields\":{…}}")
    @ApiResponse(responseCode = "404", description = "no such decision")
    ResponseEntity<RuleDrafts.Publication> change(@PathVariable String id, @RequestBody ListActions.Request request,
                                                  @RequestHeader(RiskApiKeyInterceptor.HEADER) String key) {
        RuleDrafts.Publication publication = actions.apply(id, request, officers.of(key));
        return ResponseEntity.status(publication.published() ? HttpStatus.OK : HttpStatus.CONFLICT).body(publication);
    }
}
