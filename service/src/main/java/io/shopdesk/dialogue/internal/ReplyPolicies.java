package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DamagedParcelPolicy;
import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.dialogue.InvoiceWindow;
import io.shopdesk.dialogue.LateDeliveryPolicy;
import io.shopdesk.dialogue.NotReceivedPolicy;
import io.shopdesk.dialogue.ReturnWindow;

/**
 * The shop's policies that reply texts name, from the dialogue's settings: how many FAQ questions a "did you mean"
 * suggests, the return windows, how late is slightly late, how long a missing parcel may be reported, how long an
 * order's invoice can be requested, and how soon a damaged parcel is reported. One value rather than six arguments on
 * every reply. Immutable, thread-safe.
 */
public record ReplyPolicies(int suggestions, ReturnWindow returns, LateDeliveryPolicy late,
                            NotReceivedPolicy notReceived, InvoiceWindow invoices, DamagedParcelPolicy damagedParcel) {

    /** The policies {@code settings} configure. */
    public static ReplyPolicies of(DialogueSettings settings) {
        return new ReplyPolicies(settings.suggestions(), settings.returnWindow(), settings.lateDeliveryPolicy(),
                settings.notReceivedPolicy(), settings.invoiceWindow(), settings.damagedParcelPolicy());
    }
}
