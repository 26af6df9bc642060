package io.shopdesk.escalation.internal;

import io.shopdesk.escalation.AgentDesk;
import java.security.Principal;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/agent/conversations/{cid}/verification} {@code {"orderId","phoneLast4"}}: the agent holding the chat
 * verifies the shopper by an order and its phone's last 4 digits ({@link ShopperVerification}). Agents only (the
 * console's security covers {@code /api/agent/**}); errors as the other agent endpoints' ({@link EscalationErrors}).
 */
@RestController
@RequestMapping("/api/agent")
class ShopperVerificationController {
    private final ShopperVerification verification;
    private final AgentDesk desk;

    ShopperVerificationController(ShopperVerification verification, AgentDesk desk) {
        this.verification = verification;
        this.desk = desk;
    }

    record Proof(String orderId, String phoneLast4) {
    }

    @PostMapping("/conversations/{cid}/verification")
    Map<String, Object> verify(@PathVariable String cid, @RequestBody Proof body, Principal principal) {
        return verification.verify(cid, desk.agent(principal.getName()), body.orderId(), body.phoneLast4());
    }
}
