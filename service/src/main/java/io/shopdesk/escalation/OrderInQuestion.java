package io.shopdesk.escalation;

import io.shopdesk.dialogue.OrderLabels;
import io.shopdesk.nlp.Language;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The order the conversation is about (a fact; absent when none was named or it does not exist). Immutable.
 * Documented for rule authors in {@code rules/escalation/README.md}.
 *
 * <p>Rules decide on the stored values ({@code status} in_transit, {@code carrier} "SF Express") and write the
 * labels into the reasons an agent reads: {@code statusZh} 运输中 / {@code statusEn} "in transit", {@code carrierZh}
 * 顺丰速运 / {@code carrierEn} "SF Express". Every reason carries both languages (an agent may read a Chinese chat in
 * English), so the fact carries both labels, computed by {@link #labelled(OrderLabels)} from the chat's own reply texts
 * ({@code status.*}, {@code carrier.*} in {@code rules/dialogue/replies/}): one table, no copy in the DRL to fall out of
 * step, and the agent reads the words the shopper was shown. Built without labels (a scenario before it is labelled),
 * the labels are the stored values.
 *
 * @param carrier        the carrier of its shipment, or null when it has none
 * @param trackingNumber the shipment's tracking number, or null
 * @param eta            the shipment's estimated delivery, or null
 * @param daysLate       whole days it is past {@code eta} without having been delivered, on the shop's date (0 when on
 *                       time, without an estimate, delivered, cancelled, returned or refunded)
 * @param deliveredOn    the day (shop time) its shipment was delivered, or null when not delivered or unknown
 * @param statusZh       the status as the chat words it in Chinese (运输中)
 * @param statusEn       the status as the chat words it in English ("in transit")
 * @param carrierZh      the carrier's Chinese name (顺丰速运), or null when it has no carrier
 * @param carrierEn      the carrier's English name ("SF Express"), or null when it has no carrier
 * @param payments       its payment attempts, oldest first (empty when none are known): an agent taking a
 *                       DUPLICATE_CHARGE chat reads them in the reason ({@link #getChargesZh()}, {@link #getChargesEn()},
 *                       {@link #getFailedAttemptsZh()}, {@link #getFailedAttemptsEn()})
 * @param items          its lines with their quantities (empty when not known): an agent taking a MISSING_ITEM chat
 *                       reads what the order should contain ({@link #getItemsZh()}, {@link #getItemsEn()})
 * @param parcels        every parcel it was sent in, oldest first, with its carrier and tracking number (empty when
 *                       none): {@link #getParcelsZh()}, {@link #getParcelsEn()}; those a parcel never received is
 *                       about, with their days of delivery: {@link #getParcelsInQuestionEn()}
 */
public record OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                              String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn,
                              String statusZh, String statusEn, String carrierZh, String carrierEn,
                              List<Payment> payments, List<Item> items, List<Parcel> parcels) {

    public OrderInQuestion {
        statusZh = statusZh == null ? status : statusZh;
        statusEn = statusEn == null ? status : statusEn;
        carrierZh = carrierZh == null ? carrier : carrierZh;
        carrierEn = carrierEn == null ? carrier : carrierEn;
        payments = payments == null ? List.of() : List.copyOf(payments);
        items = items == null ? List.of() : List.copyOf(items);
        parcels = parcels == null ? List.of() : List.copyOf(parcels);
    }

    /** A line of the order: the product's name in both languages and how many were ordered. */
    public record Item(String nameZh, String nameEn, int quantity) {
    }

    /**
     * One parcel of the order: its carrier as stored ("SF Express") and as the chat names it ({@code carrierZh}
     * 顺丰速运, {@code carrierEn}; the stored value when not labelled), its tracking number, the day (shop time) it was
     * delivered (null when not, or unknown), and whether the shopper's problem is about it ({@code inQuestion}: a
     * parcel never received, those the dialogue answered about; {@link OrderInQuestion#getParcelsInQuestionEn()}).
     */
    public record Parcel(String carrier, String trackingNumber, String carrierZh, String carrierEn,
                         LocalDate deliveredOn, boolean inQuestion) {

        public Parcel {
            carrierZh = carrierZh == null ? carrier : carrierZh;
            carrierEn = carrierEn == null ? carrier : carrierEn;
        }

        /** A parcel the problem is not about, its day of delivery not known here. */
        public Parcel(String carrier, String trackingNumber, String carrierZh, String carrierEn) {
            this(carrier, trackingNumber, carrierZh, carrierEn, null, false);
        }

        Parcel labelled(OrderLabels labels) {
            return new Parcel(carrier, trackingNumber, labels.carrier(Language.ZH, carrier),
                    labels.carrier(Language.EN, carrier), deliveredOn, inQuestion);
        }

    }

    /**
     * One payment attempt of the order: {@code status} succeeded, failed, pending or refunded; {@code at} its time in
     * the shop's zone; {@code methodZh} / {@code methodEn} the method as the chat names it (支付宝, "Alipay"), the
     * stored value when not labelled.
     */
    public record Payment(double amount, String currency, String method, String status, String failureCode,
                          LocalDateTime at, String methodZh, String methodEn) {

        public Payment {
            methodZh = methodZh == null ? method : methodZh;
            methodEn = methodEn == null ? method : methodEn;
        }

        Payment labelled(OrderLabels labels) {
            return new Payment(amount, currency, method, status, failureCode, at,
                    labels.paymentMethod(Language.ZH, method), labels.paymentMethod(Language.EN, method));
        }

        String describedZh() {
            return when("时间不明") + " " + methodZh + " " + money() + (failureCode == null ? "" : "（" + failureCode + "）");
        }

        String describedEn() {
            return money() + " by " + methodEn + " at " + when("an unknown time")
                    + (failureCode == null ? "" : " (" + failureCode + ")");
        }

        private String money() {
            return OrderInQuestion.money(amount, currency);
        }

        private String when(String unknown) {
            return at == null ? unknown : at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0);
        }
    }

    /** The order with its labels still to be computed ({@link #labelled(OrderLabels)}). */
    public OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                           String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn) {
        this(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn, List.of());
    }

    /** The order with its payments, its labels still to be computed ({@link #labelled(OrderLabels)}). */
    public OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                           String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn,
                           List<Payment> payments) {
        this(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn, null, null, null,
                null, payments, List.of(), List.of());
    }

    /** The order with its payments, lines and parcels, its labels still to be computed ({@link #labelled(OrderLabels)}). */
    public OrderInQuestion(String orderId, String status, double total, String currency, String carrier,
                           String trackingNumber, LocalDate eta, int daysLate, LocalDate deliveredOn,
                           List<Payment> payments, List<Item> items, List<Parcel> parcels) {
        this(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn, null, null, null,
                null, payments, items, parcels);
    }

    /** This order with its status, carrier and payment methods labelled in both languages as the chat labels them. */
    public OrderInQuestion labelled(OrderLabels labels) {
        return new OrderInQuestion(orderId, status, total, currency, carrier, trackingNumber, eta, daysLate, deliveredOn,
                labels.status(Language.ZH, status), labels.status(Language.EN, status),
                labels.carrier(Language.ZH, carrier), labels.carrier(Language.EN, carrier),
                payments.stream().map(p -> p.labelled(labels)).toList(), items,
                parcels.stream().map(p -> p.labelled(labels)).toList());
    }

    /** The order's total as the reasons an agent reads write money: "2599.00 CNY". */
    public String getTotalText() {
        return money(total, currency);
    }

    /** An amount as the reasons write it, with its currency code: "899.00 CNY". */
    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%.2f %s", amount, currency);
    }

    /** The payments that took money, as an agent reads them: "2026-11-24 20:11 支付宝 899.00 CNY；…"; 无 when none. */
    public String getChargesZh() {
        return describedZh("succeeded");
    }

    /** The same in English: "899.00 CNY by Alipay at 2026-11-24 20:11 and …"; "none" when none. */
    public String getChargesEn() {
        return describedEn("succeeded");
    }

    /** The failed attempts with their codes, as an agent reads them; 无 when none. */
    public String getFailedAttemptsZh() {
        return describedZh("failed");
    }

    /** The same in English; "none" when none. */
    public String getFailedAttemptsEn() {
        return describedEn("failed");
    }

    /** What the order should contain, as an agent reads it: "埃及长绒棉床品四件套 ×1、记忆棉护颈枕 ×2"; 未知 when not known. */
    public String getItemsZh() {
        return items.isEmpty() ? "未知" : String.join("、", items.stream().map(i -> i.nameZh() + " ×" + i.quantity()).toList());
    }

    /** The same in English: "Egyptian Cotton Bedding Set ×1, Memory Foam Pillow ×2"; "unknown" when not known. */
    public String getItemsEn() {
        return items.isEmpty() ? "unknown" : String.join(", ", items.stream().map(i -> i.nameEn() + " ×" + i.quantity()).toList());
    }

    /** Its parcels, as an agent reads them: "顺丰速运 SF1486420000481；京东物流 JDVA28642000482"; 无 when none. */
    public String getParcelsZh() {
        return parcels.isEmpty() ? "无" : String.join("；", parcels.stream().map(p -> p.carrierZh() + " " + p.trackingNumber()).toList());
    }

    /** The same in English: "SF Express SF1486420000481 and JD Logistics JDVA28642000482"; "none" when none. */
    public String getParcelsEn() {
        return parcels.isEmpty() ? "none"
                : String.join(" and ", parcels.stream().map(p -> p.carrierEn() + " " + p.trackingNumber()).toList());
    }

    /** How many of its parcels the shopper's problem is about (a parcel never received; 0 when not told apart). */
    public int getParcelsInQuestionCount() {
        return new ParcelsInQuestion(parcels).count();
    }

    /** The parcels the problem is about, as an agent reads them ({@link ParcelsInQuestion#zh()}); 无 when none. */
    public String getParcelsInQuestionZh() {
        return new ParcelsInQuestion(parcels).zh();
    }

    /** The same in English ({@link ParcelsInQuestion#en()}); "none" when none. */
    public String getParcelsInQuestionEn() {
        return new ParcelsInQuestion(parcels).en();
    }

    /** The carriers of the parcels in question, each once: "顺丰速运、京东物流"; 无 when none. */
    public String getCarriersInQuestionZh() {
        return new ParcelsInQuestion(parcels).carriersZh();
    }

    /** The same in English: "SF Express and JD Logistics"; "none" when none. */
    public String getCarriersInQuestionEn() {
        return new ParcelsInQuestion(parcels).carriersEn();
    }

    private String describedZh(String status) {
        List<String> described = payments.stream().filter(p -> status.equals(p.status())).map(Payment::describedZh).toList();
        return described.isEmpty() ? "无" : String.join("；", described);
    }

    private String describedEn(String status) {
        List<String> described = payments.stream().filter(p -> status.equals(p.status())).map(Payment::describedEn).toList();
        return described.isEmpty() ? "none" : String.join(" and ", described);
    }

    public String getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }

    public double getTotal() {
        return total;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getEta() {
        return eta;
    }

    public int getDaysLate() {
        return daysLate;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getStatusZh() {
        return statusZh;
    }

    public String getStatusEn() {
        return statusEn;
    }

    public String getCarrierZh() {
        return carrierZh;
    }

    public String getCarrierEn() {
        return carrierEn;
    }
}
