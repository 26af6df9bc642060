package io.shopdesk.escalation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parcels of an order a shopper's problem is about ({@link OrderInQuestion.Parcel#inQuestion()}: a parcel never
 * received, those the dialogue answered about), as the reasons an agent reads name them: each with its carrier as the
 * chat names it, tracking number and day of delivery, so the agent knows which parcels to chase with which carrier.
 * Immutable and thread-safe.
 */
final class ParcelsInQuestion {
    private final List<OrderInQuestion.Parcel> parcels;

    /** The parcels in question among {@code all}, oldest first. */
    ParcelsInQuestion(List<OrderInQuestion.Parcel> all) {
        this.parcels = all.stream().filter(OrderInQuestion.Parcel::inQuestion).toList();
    }

    int count() {
        return parcels.size();
    }

    /** "顺丰速运，运单号 SF1486420000481，已于 2026-12-05 签收；京东物流，运单号 JDVA28642000482，签收日期不明"; 无 when none. */
    String zh() {
        return parcels.isEmpty() ? "无" : String.join("；", parcels.stream().map(p ->
                (p.carrierZh() == null ? "承运商未知" : p.carrierZh()) + "，运单号 "
                        + (p.trackingNumber() == null ? "未知" : p.trackingNumber())
                        + (p.deliveredOn() == null ? "，签收日期不明" : "，已于 " + p.deliveredOn() + " 签收")).toList());
    }

    /**
     * "SF Express, tracking number SF1486420000481, delivered on 2026-12-05; JD Logistics, tracking number
     * JDVA28642000482, on a day the carrier did not give"; "none" when none.
     */
    String en() {
        return parcels.isEmpty() ? "none" : String.join("; ", parcels.stream().map(p ->
                (p.carrierEn() == null ? "the carrier" : p.carrierEn()) + ", tracking number "
                        + (p.trackingNumber() == null ? "unknown" : p.trackingNumber())
                        + (p.deliveredOn() == null ? ", on a day the carrier did not give"
                                : ", delivered on " + p.deliveredOn())).toList());
    }

    /** Their carriers, each once: "顺丰速运、京东物流"; 无 when none is known. */
    String carriersZh() {
        return carriers(OrderInQuestion.Parcel::carrierZh, "、", "无");
    }

    /** Their carriers, each once: "SF Express and JD Logistics"; "none" when none is known. */
    String carriersEn() {
        return carriers(OrderInQuestion.Parcel::carrierEn, " and ", "none");
    }

    private String carriers(Function<OrderInQuestion.Parcel, String> name, String joiner, String none) {
        List<String> carriers = parcels.stream().map(name).filter(Objects::nonNull).distinct().toList();
        return carriers.isEmpty() ? none : String.join(joiner, carriers);
    }
}
