package io.shopdesk.escalation.internal;

import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.AgentDesk;
import io.shopdesk.escalation.Escalation;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's API: the queue, actions on escalations, agent messages, private notes, canned replies, the context
 * panel and the reports.
 */
@RestController
@RequestMapping("/api/agent")
class AgentController {
    private final AgentDesk desk;
    private final ConversationContext context;
    private final EscalationReports reports;
    private final ConversationNotes notes;
    private final CannedReplies cannedReplies;

    AgentController(AgentDesk desk, ConversationContext context, EscalationReports reports, ConversationNotes notes,
                    CannedReplies cannedReplies) {
        this.desk = desk;
        this.context = context;
        this.reports = reports;
        this.notes = notes;
        this.cannedReplies = cannedReplies;
    }

    record Me(String username, String displayName, List<String> roles, String team) {
    }

    record Transfer(String toAgent, String toTeam) {
    }

    record Resolution(String disposition, String note) {
    }

    record Text(String text) {
    }

    @GetMapping("/me")
    Me me(Principal principal) {
        Agent a = desk.agent(principal.getName());
        return new Me(a.username(), a.displayName(), List.of(a.role()), a.team());
    }

    @GetMapping("/agents")
    List<Agent> agents() {
        return desk.agents();
    }

    @GetMapping("/escalations")
    List<Escalation> escalations(@RequestParam(required = false) String status) {
        return "resolved".equals(status) || "closed".equals(status) ? desk.closed(100) : desk.queue();
    }

    @GetMapping("/escalations/{id}")
    Escalation escalation(@PathVariable long id) {
        return desk.find(id);
    }

    @PostMapping("/escalations/{id}/claim")
    Escalation claim(@PathVariable long id, Principal principal) {
        return desk.claim(id, desk.agent(principal.getName()));
    }

    @PostMapping("/escalations/{id}/transfer")
    Escalation transfer(@PathVariable long id, @RequestBody Transfer body, Principal principal) {
        return desk.transfer(id, desk.agent(principal.getName()), body.toAgent(), body.toTeam());
    }

    @PostMapping("/escalations/{id}/release")
    Escalation release(@PathVariable long id, Principal principal) {
        return desk.release(id, desk.agent(principal.getName()));
    }

    @PostMapping("/escalations/{id}/resolve")
    Escalation resolve(@PathVariable long id, @RequestBody Resolution body, Principal principal) {
        return desk.resolve(id, desk.agent(principal.getName()), body.disposition(), body.note());
    }

    @PostMapping("/conversations/{cid}/messages")
    TranscriptLine say(@PathVariable String cid, @RequestBody Text body, Principal principal) {
        return desk.say(cid, desk.agent(principal.getName()), body.text());
    }

    @PostMapping("/conversations/{cid}/notes")
    Map<String, Object> note(@PathVariable String cid, @RequestBody Text body, Principal principal) {
        return notes.add(cid, desk.agent(principal.getName()), body.text());
    }

    @GetMapping("/canned-replies")
    List<Map<String, Object>> cannedReplies(@RequestParam(required = false) String locale,
                                            @RequestParam(required = false) String conversation, Principal principal) {
        return cannedReplies.list(locale, conversation, desk.agent(principal.getName()));
    }

    @GetMapping("/conversations/{cid}/context")
    Map<String, Object> context(@PathVariable String cid) {
        return context.of(cid);
    }

    @GetMapping("/reports")
    Map<String, Object> reports(@RequestParam(defaultValue = "14") int days,
                                @RequestParam(defaultValue = "Asia/Shanghai") String zone) {
        return reports.report(Math.min(Math.max(days, 1), 366), ZoneId.of(zone));
    }
}
