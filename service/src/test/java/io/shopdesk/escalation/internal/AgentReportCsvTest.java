package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentReportCsvTest {
    @Test
    void quotesCommasQuotesAndLineBreaksKeepsChineseAndLeavesGapsEmpty() {
        AgentReports.Figures f = new AgentReports.Figures("li", "李娜, \"Nana\"\nLi", "general", 1, 2, 1, 0, 1,
                15L, 30L, null, null, null, 0);
        byte[] csv = AgentReportCsv.of(List.of(f));
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).isEqualTo(String.join(",", AgentReportCsv.HEADER) + "\r\n"
                + "li,\"李娜, \"\"Nana\"\"\nLi\",general,2,1,0,1,15,30,,,,0\r\n");
    }

    @Test
    void aNameThatLooksLikeAFormulaIsDefused() {
        AgentReports.Figures f = new AgentReports.Figures("x", "+SUM(A1)", "general", 1, 0, 0, 0, 0,
                null, null, null, null, 4.5, 2);
        String text = new String(AgentReportCsv.of(List.of(f)), StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\nx,'+SUM(A1),general,0,0,0,0,,,,,4.5,2\r\n");
    }
}
