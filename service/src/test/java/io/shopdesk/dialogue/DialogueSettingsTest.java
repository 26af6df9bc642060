package io.shopdesk.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The wrong-phone-digit limits, the return windows and how late is slightly late as properties: their defaults, their names, and values that
 * would lock nothing or make no sense.
 */
class DialogueSettingsTest {

    static DialogueSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("shopdesk.dialogue", DialogueSettings.class);
    }

    @Test
    void defaultsAreThreePerConversationAndTenPerOrderAnHour() {
        DialogueSettings settings = bind(Map.of());
        assertThat(settings.verificationPolicy()).isEqualTo(new VerificationPolicy(3, 10));
        assertThat(settings.wrongPhoneDigitsWindow()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theLimitsAreSetByTheirProperties() {
        DialogueSettings settings = bind(Map.of(
                "shopdesk.dialogue.wrong-phone-digits-per-conversation", "2",
                "shopdesk.dialogue.wrong-phone-digits-per-order", "5",
                "shopdesk.dialogue.wrong-phone-digits-window", "30m"));
        assertThat(settings.verificationPolicy()).isEqualTo(new VerificationPolicy(2, 5));
        assertThat(settings.wrongPhoneDigitsWindow()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aLimitBelowOneOrAnEmptyWindowStopsStartUp() {
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.wrong-phone-digits-per-order", "0")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.wrong-phone-digits-per-conversation and -per-order must be at least 1, were 3 and 0");
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.wrong-phone-digits-window", "0s")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.wrong-phone-digits-window must be positive, was PT0S");
    }

    @Test
    void returnWindowsAreSevenAndThirtyDaysUnlessSet() {
        assertThat(bind(Map.of()).returnWindow()).isEqualTo(new ReturnWindow(7, 30));
        assertThat(bind(Map.of("shopdesk.dialogue.return-days", "14", "shopdesk.dialogue.defective-return-days", "60"))
                .returnWindow()).isEqualTo(new ReturnWindow(14, 60));
    }

    @Test
    void aWindowForFaultyItemsShorterThanTheNoReasonOneStopsStartUp() {
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.defective-return-days", "5")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.return-days must be at least 0 and defective-return-days at least as "
                        + "many, were 7 and 5");
    }

    @Test
    void invoicesCanBeRequestedForNinetyDaysUnlessSet() {
        assertThat(bind(Map.of()).invoiceWindow()).isEqualTo(new InvoiceWindow(90));
        assertThat(bind(Map.of("shopdesk.dialogue.invoice-days", "30")).invoiceWindow()).isEqualTo(new InvoiceWindow(30));
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.invoice-days", "-1")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.invoice-days must be at least 0, was -1");
    }

    @Test
    void threeDaysLateAreSlightlyLateUnlessSet() {
        assertThat(bind(Map.of()).lateDeliveryPolicy()).isEqualTo(new LateDeliveryPolicy(3));
        assertThat(bind(Map.of("shopdesk.dialogue.slightly-late-days", "1")).lateDeliveryPolicy())
                .isEqualTo(new LateDeliveryPolicy(1));
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.slightly-late-days", "-1")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.slightly-late-days must be at least 0, was -1");
    }

    @Test
    void aDamagedParcelIsReportedWithin48HoursUnlessSetCountedInWholeDaysRoundedUp() {
        assertThat(bind(Map.of()).damagedParcelPolicy()).isEqualTo(DamagedParcelPolicy.FAQ);
        assertThat(DamagedParcelPolicy.FAQ.getReportDays()).isEqualTo(2);
        DamagedParcelPolicy threeDays = bind(Map.of("shopdesk.dialogue.damaged-parcel-report-hours", "72"))
                .damagedParcelPolicy();
        assertThat(threeDays).isEqualTo(new DamagedParcelPolicy(72));
        assertThat(threeDays.getReportDays()).isEqualTo(3);
        assertThat(new DamagedParcelPolicy(36).getReportDays()).isEqualTo(2);
        assertThat(bind(Map.of()).ruleFacts()).contains(DamagedParcelPolicy.FAQ, new NotReceivedPolicy(7));
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.damaged-parcel-report-hours", "0")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.damaged-parcel-report-hours must be at least 1, was 0");
    }

    @Test
    void aMissingParcelIsInvestigatedWithinSevenDaysOfDeliveryUnlessSet() {
        assertThat(bind(Map.of()).notReceivedPolicy()).isEqualTo(new NotReceivedPolicy(7));
        assertThat(bind(Map.of("shopdesk.dialogue.not-received-report-days", "14")).notReceivedPolicy())
                .isEqualTo(new NotReceivedPolicy(14));
        assertThat(new NotReceivedPolicy(7).lastReportDay(java.time.LocalDate.parse("2026-11-13")))
                .isEqualTo(java.time.LocalDate.parse("2026-11-20"));
        assertThatThrownBy(() -> bind(Map.of("shopdesk.dialogue.not-received-report-days", "-1")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("shopdesk.dialogue.not-received-report-days must be at least 0, was -1");
    }
}
