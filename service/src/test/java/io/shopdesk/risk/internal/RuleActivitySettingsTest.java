package io.shopdesk.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The rule activity's evidence setting as Spring binds it: 200 unless set, and a clear error below 1. */
class RuleActivitySettingsTest {
    static RuleActivitySettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("shopdesk.risk.activity", RuleActivitySettings.class);
    }

    @Test
    void twoHundredRequestsUnlessSet() {
        assertThat(bind(Map.of()).deadAfterDecisions()).isEqualTo(200);
        assertThat(bind(Map.of("shopdesk.risk.activity.dead-after-decisions", "50")).deadAfterDecisions()).isEqualTo(50);
    }

    @Test
    void lessThanOneIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("shopdesk.risk.activity.dead-after-decisions", "0")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.risk.activity.dead-after-decisions must be 1 or more (how many requests a rule "
                        + "could have fired for before it counts as dead), not 0");
    }
}
