package io.shopdesk.dialogue;

import io.shopdesk.commerce.OrderDetails;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The part of an order sent in several parcels that a request about it (a return, an exchange, a cancellation, a faulty
 * item) is for. Such an order keeps the status of its latest parcel ({@code in_transit} while the first one was already
 * delivered), so "I want to return the bedding set" used to get "it has already shipped, nothing to return yet" for a
 * bedding set that came days ago. The request is answered for this part instead: the parcel that holds the products
 * the shopper named, delivered ({@link Kind#NAMED_DELIVERED}: its day of delivery sets the return windows) or still on
 * its way ({@link Kind#NAMED_ON_ITS_WAY}: its carrier and tracking number); or, when no one parcel holds what was named
 * (nothing named, or products of several parcels, or words the catalogue cannot place), the parcels delivered while
 * others are still on their way ({@link Kind#DELIVERED_PART}). None for an order of one parcel, whose answers stay those
 * of the whole order. Immutable.
 *
 * @param kind              which part
 * @param parcels           the part's parcels, by their number in the order (1 for its oldest)
 * @param deliveredOn       the day the part was delivered (of several delivered parcels the earliest, so that the
 *                          windows named hold for every item of them), or null when on its way or no day is known
 * @param daysSinceDelivery whole days from {@code deliveredOn} to today, or -1 when either is unknown
 */
public record OrderPart(Kind kind, List<Integer> parcels, LocalDate deliveredOn, int daysSinceDelivery) {

    /** Which part of the order a request is for. */
    public enum Kind {
        /** The parcel that holds the products named; delivered. */
        NAMED_DELIVERED,
        /** The parcel that holds the products named; still on its way. */
        NAMED_ON_ITS_WAY,
        /** No product placed in one parcel: the parcels delivered, while others are still on their way. */
        DELIVERED_PART;

        /** How the rules name it: named_delivered, named_on_its_way, delivered_part. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public OrderPart {
        Objects.requireNonNull(kind);
        parcels = List.copyOf(parcels);
    }

    /**
     * The part of {@code order} a request is for, or null when it is for the whole order (an order of one parcel or
     * none; one whose parcels are all delivered, or all on their way, and no one parcel holds the products named).
     * {@code named}: whether the shopper named products with the request; {@code holdsNamed}: whether a parcel holds
     * every one of them (the recommendation catalogue decides, as for {@code OrderLookup.productsNotInOrder}).
     * {@code today}: the shop's date, or null when unknown.
     */
    public static OrderPart of(OrderDetails order, boolean named, Predicate<OrderDetails.Parcel> holdsNamed,
                               LocalDate today) {
        return of(order, named, holdsNamed, holdsNamed, today);
    }

    /**
     * As {@link #of(OrderDetails, boolean, Predicate, LocalDate)}; when several parcels hold the products named (a word
     * their items share: "bedding", a tag of both the bedding set and the pillows), the one whose items' names have the
     * words the shopper used ({@code namesNamed}: "bedding" in "Egyptian Cotton Bedding Set") is the one meant: a name
     * says more than a tag.
     */
    public static OrderPart of(OrderDetails order, boolean named, Predicate<OrderDetails.Parcel> holdsNamed,
                               Predicate<OrderDetails.Parcel> namesNamed, LocalDate today) {
        if (order == null || !order.isSplit()) {
            return null;
        }
        List<OrderDetails.Parcel> all = order.parcels();
        if (named) {
            List<Integer> holding = numbers(all, holdsNamed);
            if (holding.size() > 1) {
                holding = holding.stream().filter(n -> namesNamed.test(all.get(n - 1))).toList();
            }
            if (holding.size() == 1) {
                OrderDetails.Parcel parcel = all.get(holding.getFirst() - 1);
                if (parcel.isDelivered()) {
                    LocalDate day = parcel.shipment().deliveredOn();
                    return new OrderPart(Kind.NAMED_DELIVERED, holding, day, daysBetween(day, today));
                }
                if (parcel.isOnItsWay()) {
                    return new OrderPart(Kind.NAMED_ON_ITS_WAY, holding, null, -1);
                }
                return null; // gone back to the shop: what the order's own status says
            }
        }
        if (order.parcelsDelivered().isEmpty() || order.parcelsOnTheirWay().isEmpty()) {
            return null;
        }
        LocalDate earliest = order.parcelsDelivered().stream().map(p -> p.shipment().deliveredOn())
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new OrderPart(Kind.DELIVERED_PART, numbers(all, OrderDetails.Parcel::isDelivered), earliest,
                daysBetween(earliest, today));
    }

    /**
     * Whether a parcel's items are named by every one of {@code words} as the shopper wrote them (a word in an item's
     * English name, whatever its case, or in its Chinese name): "bedding" of "Egyptian Cotton Bedding Set".
     */
    public static Predicate<OrderDetails.Parcel> namesAll(List<String> words) {
        return parcel -> words.stream().allMatch(word -> parcel.items().stream().anyMatch(item ->
                item.nameEn().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))
                        || item.nameZh().contains(word)));
    }

    /** The part's parcels themselves, of {@code order} (the one it was made of). */
    public List<OrderDetails.Parcel> parcelsOf(OrderDetails order) {
        return parcels.stream().map(n -> order.parcels().get(n - 1)).toList();
    }

    /** The parcels of {@code order} still on their way, with their numbers: what a delivered part leaves to come. */
    public static List<Integer> onTheirWay(OrderDetails order) {
        return numbers(order.parcels(), OrderDetails.Parcel::isOnItsWay);
    }

    private static List<Integer> numbers(List<OrderDetails.Parcel> parcels, Predicate<OrderDetails.Parcel> which) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < parcels.size(); i++) {
            if (which.test(parcels.get(i))) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static int daysBetween(LocalDate day, LocalDate today) {
        return day == null || today == null ? -1 : (int) ChronoUnit.DAYS.between(day, today);
    }
}
