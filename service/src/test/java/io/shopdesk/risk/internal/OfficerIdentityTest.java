package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.risk.RiskSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Officers are recorded by their configured name, by key or by the key's SHA-256; an unnamed key by its hash. */
class OfficerIdentityTest {
    // printf %s chen-jing-key | sha256sum
    static final String CHEN_JING_SHA256 = "c8f9525f92b380a10553a592619eccf96f67b26175e0e7c292bb0f983ba48319";

    static OfficerIdentity identity(List<RiskOfficerSettings.Officer> officers) {
        RiskSettings settings = new RiskSettings("risk", Path.of("rules/risk/lists"), List.of("dev-risk-key"),
                List.of("dev-risk-officer-key"), Path.of("no-model"), Duration.ofHours(24), Duration.ofMinutes(5),
                Duration.ofDays(90), Duration.ofHours(24), Duration.ofDays(14), null, 0);
        return new OfficerIdentity(settings, new RiskOfficerSettings(officers));
    }

    @Test
    void namedByKeyOrByHashAndUnnamedByHash() {
        OfficerIdentity officers = identity(List.of(new RiskOfficerSettings.Officer("Li Wei", "li-wei-key", null),
                new RiskOfficerSettings.Officer("Chen Jing", null, CHEN_JING_SHA256.toUpperCase())));
        assertThat(officers.of("li-wei-key")).isEqualTo("Li Wei");
        assertThat(officers.of("chen-jing-key")).isEqualTo("Chen Jing");
        assertThat(officers.of("dev-risk-officer-key")).isEqualTo("officer:75c8f5a0");
        assertThat(officers.isOfficer("li-wei-key")).isTrue();
        assertThat(officers.isOfficer("chen-jing-key")).isTrue();
        assertThat(officers.isOfficer("dev-risk-officer-key")).isTrue();
        assertThat(officers.isOfficer("dev-risk-key")).as("the checkout's key").isFalse();
        assertThat(officers.isOfficer(null)).isFalse();
    }

    /**
     * A checkout key (api-keys) is judged once at start-up, not hashed per request: one that is also an officer's,
     * named by its SHA-256 or listed in officer-keys, still counts as an officer's, and one that is not stays refused.
     */
    @Test
    void aCheckoutKeyThatIsAlsoAnOfficersIsAnOfficersKey() {
        RiskSettings settings = new RiskSettings("risk", Path.of("rules/risk/lists"),
                List.of("dev-risk-key", "chen-jing-key", "shared-key"), List.of("shared-key"), Path.of("no-model"),
                Duration.ofHours(24), Duration.ofMinutes(5), Duration.ofDays(90), Duration.ofHours(24),
                Duration.ofDays(14), null, 0);
        OfficerIdentity officers = new OfficerIdentity(settings, new RiskOfficerSettings(
                List.of(new RiskOfficerSettings.Officer("Chen Jing", null, CHEN_JING_SHA256))));
        assertThat(officers.isOfficer("chen-jing-key")).as("named by its SHA-256").isTrue();
        assertThat(officers.of("chen-jing-key")).isEqualTo("Chen Jing");
        assertThat(officers.isOfficer("shared-key")).as("listed in officer-keys").isTrue();
        assertThat(officers.isOfficer("dev-risk-key")).as("the checkout's key alone").isFalse();
        assertThat(officers.isOfficer("dev-risk-ke")).as("a prefix of a checkout key").isFalse();
        assertThat(officers.isOfficer("no-such-key")).isFalse();
    }

    @Test
    void badEntriesStopTheStartUpWithTheReason() {
        assertThatThrownBy(() -> new RiskOfficerSettings(List.of(new RiskOfficerSettings.Officer("Li: Wei", "k", null))))
                .hasMessageContaining("shopdesk.risk.officers[0].name").hasMessageContaining("colon");
        assertThatThrownBy(() -> new RiskOfficerSettings(List.of(new RiskOfficerSettings.Officer("Li Wei", "k", "ab"))))
                .hasMessage("shopdesk.risk.officers[0]: give key or key-sha256 (one of them)");
        assertThatThrownBy(() -> new RiskOfficerSettings(List.of(new RiskOfficerSettings.Officer("Li Wei", null, "ab"))))
                .hasMessage("shopdesk.risk.officers[0].key-sha256: 64 hex digits, the SHA-256 of the key");
        assertThatThrownBy(() -> new RiskOfficerSettings(List.of(new RiskOfficerSettings.Officer("Li Wei", "a", null),
                new RiskOfficerSettings.Officer("li wei", "b", null))))
                .hasMessage("shopdesk.risk.officers[1].name: 'li wei' is given twice");
        assertThat(new RiskOfficerSettings(null).officers()).isEmpty();
    }
}
