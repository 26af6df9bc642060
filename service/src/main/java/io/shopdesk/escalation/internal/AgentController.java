package io.shopdesk.escalation.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.shopdesk.chat.ShopperChannel;
import io.shopdesk.chat.TranscriptLine;
import io.shopdesk.escalation.Agent;
import io.shopdesk.escalation.AgentDesk;
import io.shopdesk.escalation.AgentPresence;
import io.shopdesk.escalation.Escalation;
import io.shopdesk.escalation.EscalationException;
import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's API: the queue, actions on escalations, agent messages, private notes, canned replies, the context
 * panel, the reports, and the agents' presence (each agent's status; an agent sets themselves available or away).
 */
@RestController
@RequestMapping("/api/agent")
class AgentController {
    private final AgentDesk desk;
    private final ConversationContext context;
    private final EscalationReports reports;
    private final AgentPresence presence;
    private final ConversationNotes notes;
    private final CannedReplies cannedReplies;
    private final ClosedEscalationSearch closed;
    private final AgentReports agentReports;
    private final Clock clock;
    private final ShopperChannel shoppers;

    AgentController(AgentDesk desk, ConversationContext context, EscalationReports reports, AgentPresence presence,
                    ConversationNotes notes, CannedReplies cannedReplies, ClosedEscalationSearch closed,
                    AgentReports agentReports, Clock clock, ShopperChannel shoppers) {
        this.shoppers = shoppers;
        this.agentReports = agentReports;
        this.clock = clock;
        this.desk = desk;
        this.context = context;
        this.reports = reports;
        this.presence = presence;
        this.notes = notes;
        this.cannedReplies = cannedReplies;
        this.closed = closed;
    }

    record Me(String username, String displayName, List<String> roles, String team, String status) {
    }

    /** A console user with their presence: {@code status} available, away or offline; {@code connected} false while
     *  a dropped console's grace runs. */
    record AgentWithStatus(String username, String displayName, String role, String team, String status,
                           boolean connected) {
    }

    /**
     * An open escalation as the queue lists it: the escalation's fields and whether its shopper's widget follows the
     * chat now ({@code shopperConnected}, false: "Shopper left", a reply waits for them; null: never on a socket here,
     * a chat over HTTP), so the list says so of every chat, not only the open one's header; live changes come as
     * {@code shopper_presence}.
     */
    record QueueItem(@JsonUnwrapped Escalation escalation, Boolean shopperConnected) {
    }

    record StatusChange(String status) {
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
        return new Me(a.username(), a.displayName(), List.of(a.role()), a.team(), presence.status(a.username()).status());
    }

    @GetMapping("/agents")
    List<AgentWithStatus> agents() {
        return desk.agents().stream().map(a -> {
            AgentPresence.Status s = presence.status(a.username());
            return new AgentWithStatus(a.username(), a.displayName(), a.role(), a.team(), s.status(), s.connected());
        }).toList();
    }

    /** The agent sets themselves {@code available} or {@code away}; offline is only ever the socket's doing. */
    @PostMapping("/me/status")
    Me status(@RequestBody(required = false) StatusChange body, Principal principal) {
        String status = body == null ? null : body.status();
        if (!AgentPresence.AVAILABLE.equals(status) && !AgentPresence.AWAY.equals(status)) {
            throw new EscalationException(400, "invalid_status", "Expected {\"status\": \"available\" | \"away\"}");
        }
        Agent a = desk.agent(principal.getName());
        presence.setAway(a.username(), AgentPresence.AWAY.equals(status));
        return me(principal);
    }

    /**
     * The open queue (each with {@code shopperConnected}); with {@code status=resolved} (or {@code closed}) a page of closed escalations, searched with
     * {@code q}: still a JSON array, the page told in headers ({@code X-Page}, {@code X-Page-Size},
     * {@code X-Has-More}) so that readers of the array keep working.
     */
    @GetMapping("/escalations")
    ResponseEntity<List<?>> escalations(@RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String page,
                                                 @RequestParam(required = false) String size,
                                                 @RequestParam(required = false) String days) {
        if (!"resolved".equals(status) && !"closed".equals(status)) {
            return ResponseEntity.ok(desk.queue().stream()
                    .map(e -> new QueueItem(e, shoppers.presence(e.conversationId()))).toList());
        }
        ClosedEscalationSearch.Page found = closed.search(q, page, size, days);
        return ResponseEntity.ok().header("X-Page", String.valueOf(found.page()))
                .header("X-Page-Size", String.valueOf(found.size()))
                .header("X-Has-More", String.valueOf(found.hasMore())).body(found.items());
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

    /**
     * The team-wide figures, with {@code agents} (per agent: everyone for a supervisor, only themselves for an agent)
     * and {@code teams} (every team for a supervisor, their own for an agent); see {@link AgentReports}.
     */
    @GetMapping("/reports")
    Map<String, Object> reports(@RequestParam(defaultValue = "14") int days,
                                @RequestParam(defaultValue = "Asia/Shanghai") String zone, Principal principal) {
        int period = Math.min(Math.max(days, 1), 366);
        ZoneId z = zone(zone);
        Map<String, Object> report = new LinkedHashMap<>(reports.report(period, z));
        AgentReports.Report people = agentReports.report(from(period, z), desk.agent(principal.getName()));
        report.put("agents", people.agents());
        report.put("teams", people.teams());
        return report;
    }

    /** The per-agent rows of {@link #reports} as a CSV download (see {@link AgentReportCsv}). */
    @GetMapping("/reports.csv")
    ResponseEntity<byte[]> reportsCsv(@RequestParam(defaultValue = "14") int days,
                                      @RequestParam(defaultValue = "Asia/Shanghai") String zone, Principal principal) {
        int period = Math.min(Math.max(days, 1), 366);
        ZoneId z = zone(zone);
        LocalDate first = EscalationReports.firstDay(clock.instant(), period, z);
        AgentReports.Report people = agentReports.report(from(period, z), desk.agent(principal.getName()));
        String name = "shopdesk-agents-" + first + "-" + LocalDate.ofInstant(clock.instant(), z) + ".csv";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(AgentReportCsv.of(people.agents()));
    }

    private Instant from(int days, ZoneId zone) {
        return EscalationReports.firstDay(clock.instant(), days, zone).atStartOfDay(zone).toInstant();
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new EscalationException(400, "unknown_zone", "Unknown time zone " + zone);
        }
    }
}
