package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The reply to an instalment question the plan table answers (action {@code instalment_plan}, detail the case the rules
 * decided: {@code quote}, {@code term}, {@code not_allowed}, {@code term_not_offered}, {@code below_minimum}), worded by
 * the texts {@code instalment_plan.*}. Providers whose plans cost the same are told as one ("with Huabei or a credit
 * card"); otherwise each provider gets its own sentence. Money is written as the other replies write it
 * ({@link PaymentValues#amount}: ¥5999.00). The data carry the quotes, for the chat window and the tests. Stateless and
 * thread-safe.
 */
final class InstalmentPlanReply {
    private static final String ANY = "any";

    private InstalmentPlanReply() {
    }

    static Reply compose(String detail, InstalmentAsk ask, Language language, ReplyTemplates texts,
                         Map<String, Object> data) {
        data.put("code", InstalmentAskReader.QUOTE_ACTION);
        data.put("case", detail);
        if (ask.term() > 0) {
            data.put("term", ask.term());
        }
        data.put("provider", ask.provider() == null ? ANY : ask.provider());
        if (ask.product() != null) {
            data.put("sku", ask.product().sku());
        }
        if (ask.price() != null) {
            data.put("price", ask.price().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
            data.put("priceFrom", ask.priceFrom());
        }
        Wording wording = new Wording(ask, language, texts);
        List<String> sentences = new ArrayList<>();
        if ("APPROVE".equals(ask.preCheck())) {
            sentences.add(texts.text(language, "instalment_plan.lead.approved"));
        }
        switch (detail) {
            case "quote" -> {
                List<InstalmentQuote> quotes = ask.quotes();
                sentences.addAll(wording.quote(quotes));
                // The plan asked for has a fee while others are free for this price: say so, as the FAQ would.
                if (ask.term() > 0 && quotes.stream().noneMatch(InstalmentQuote::interestFree)) {
                    sentences.addAll(wording.alsoFree(ask.interestFreeQuotes()));
                }
                sentences.add(texts.text(language, "instalment_plan.rounding"));
                data.put("quotes", quotes.stream().map(InstalmentPlanReply::asData).toList());
            }
            case "term" -> sentences.addAll(wording.term());
            case "not_allowed" -> sentences.add(texts.text(language, "instalment_plan.not_allowed", wording.product()));
            case "term_not_offered" -> {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("term", String.valueOf(ask.term()));
                values.put("terms", wording.list(ask.plans().terms(ask.provider()).stream().map(String::valueOf).toList()));
                values.put("with", wording.with(ask.provider() == null ? ANY : ask.provider()));
                sentences.add(texts.text(language, "instalment_plan.term_not_offered", values));
                if (ask.price() != null && ask.instalmentsAllowed()) {
                    // What the product would cost with the terms there are.
                    InstalmentAsk anyTerm = new InstalmentAsk(true, 0, ask.provider(), ask.product(), ask.amount(),
                            ask.priceFrom(), ask.plans(), ask.preCheck());
                    sentences.addAll(wording.quote(anyTerm.quotes()));
                    sentences.add(texts.text(language, "instalment_plan.rounding"));
                }
            }
            case "below_minimum" -> {
                Map<String, String> values = new LinkedHashMap<>(wording.product());
                BigDecimal min = ask.plansAsked().stream().map(InstalmentPlan::minAmount).min(BigDecimal::compareTo)
                        .orElseThrow();
                values.put("min", PaymentValues.amount(min, "CNY"));
                sentences.add(texts.text(language, "instalment_plan.below_minimum", ask.product() != null
                        ? "product" : "amount", values));
            }
            default -> throw new IllegalArgumentException("No instalment reply for '" + detail + "'");
        }
        return new Reply("text", String.join(language == Language.ZH ? "" : " ", sentences), data);
    }

    private static Map<String, Object> asData(InstalmentQuote quote) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("provider", quote.plan().provider());
        row.put("months", quote.plan().months());
        row.put("monthly", quote.monthly().toPlainString());
        row.put("last", quote.last().toPlainString());
        row.put("fee", quote.fee().toPlainString());
        return row;
    }

    /** How one reply says products, plans, providers and lists in its language. */
    private record Wording(InstalmentAsk ask, Language language, ReplyTemplates texts) {

        Map<String, String> product() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("price", PaymentValues.amount(ask.price(), "CNY"));
            if (ask.product() != null) {
                values.put("name", ask.product().name(language));
            }
            return values;
        }

        /** One sentence per group of providers whose quotes cost the same. */
        List<String> quote(List<InstalmentQuote> quotes) {
            List<String> sentences = new ArrayList<>();
            for (Map.Entry<String, List<InstalmentQuote>> group : byProviders(quotes).entrySet()) {
                Map<String, String> values = new LinkedHashMap<>(product());
                values.put("with", with(group.getKey()));
                values.put("plans", plans(group.getValue()));
                sentences.add(texts.text(language, "instalment_plan.quote", ask.product() != null ? "product" : "amount",
                        values));
            }
            return sentences;
        }

        /** "Interest-free instead …": the plans free for the price, per group of providers that cost the same. */
        List<String> alsoFree(List<InstalmentQuote> free) {
            return byProviders(free).entrySet().stream().map(group -> texts.text(language, "instalment_plan.also_free",
                    Map.of("with", with(group.getKey()), "plans", plans(group.getValue())))).toList();
        }

        /** The plans of one group of providers, joined as the language lists clauses. */
        private String plans(List<InstalmentQuote> quotes) {
            return String.join(language == Language.ZH ? "；" : "; ", quotes.stream().map(this::plan).toList());
        }

        private String plan(InstalmentQuote quote) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("months", String.valueOf(quote.plan().months()));
            values.put("monthly", PaymentValues.amount(quote.monthly(), "CNY"));
            values.put("last", PaymentValues.amount(quote.last(), "CNY"));
            values.put("fee", PaymentValues.amount(quote.fee(), "CNY"));
            String key = "instalment_plan.plan." + (quote.interestFree() ? "free" : "fee")
                    + (quote.last().compareTo(quote.monthly()) == 0 ? ".even" : "");
            return texts.text(language, key, values);
        }

        /**
         * The term asked for without a price: its fee or when it is free, per group of providers with the same terms,
         * what other terms are free, and the question for the product or price.
         */
        List<String> term() {
            List<String> sentences = new ArrayList<>();
            Map<String, List<InstalmentPlan>> groups = byProvidersOfPlans(ask.plansAsked());
            for (Map.Entry<String, List<InstalmentPlan>> group : groups.entrySet()) {
                InstalmentPlan plan = group.getValue().getFirst();
                Map<String, String> values = new LinkedHashMap<>();
                values.put("months", String.valueOf(plan.months()));
                values.put("with", with(group.getKey()));
                values.put("percent", plan.totalFeePercent().stripTrailingZeros().toPlainString() + "%");
                if (plan.interestFreeOver() != null) {
                    values.put("over", PaymentValues.amount(plan.interestFreeOver(), "CNY"));
                }
                sentences.add(texts.text(language, "instalment_plan.term."
                        + (plan.interestFreeOver() != null ? "free_over" : "fee"), values));
                if (plan.interestFreeOver() == null) {
                    sentences.addAll(othersFree(group.getKey()));
                }
            }
            sentences.add(texts.text(language, "instalment_plan.term.ask"));
            return sentences;
        }

        /** "3 or 6 months are interest-free on orders over ¥600.00", per threshold, for the providers of a group. */
        private List<String> othersFree(String providers) {
            Map<BigDecimal, Set<Integer>> byThreshold = new TreeMap<>();
            ask.plans().of(ANY.equals(providers) ? null : providers).stream().filter(p -> p.interestFreeOver() != null)
                    .forEach(p -> byThreshold.computeIfAbsent(p.interestFreeOver(), k -> new TreeSet<>()).add(p.months()));
            return byThreshold.entrySet().stream().map(e -> texts.text(language, "instalment_plan.term.others_free",
                    Map.of("terms", list(e.getValue().stream().map(String::valueOf).toList()),
                            "over", PaymentValues.amount(e.getKey(), "CNY")))).toList();
        }

        /** "with Huabei or a credit card" for {@code any}, else the provider's own. */
        String with(String providers) {
            return texts.text(language, "instalment_plan.with." + providers);
        }

        /** "3, 6 or 12" / 3、6或12. */
        String list(List<String> items) {
            if (items.size() == 1) {
                return items.getFirst();
            }
            String head = String.join(language == Language.ZH ? "、" : ", ", items.subList(0, items.size() - 1));
            return head + (language == Language.ZH ? "或" : " or ") + items.getLast();
        }

        /**
         * The quotes per provider, or one group {@code any} when every provider with a plan has the same quotes: the
         * shopper then reads one list, not the same numbers twice.
         */
        private Map<String, List<InstalmentQuote>> byProviders(List<InstalmentQuote> quotes) {
            Map<String, List<InstalmentQuote>> byProvider = new LinkedHashMap<>();
            quotes.forEach(q -> byProvider.computeIfAbsent(q.plan().provider(), k -> new ArrayList<>()).add(q));
            List<List<InstalmentQuote>> lists = List.copyOf(byProvider.values());
            boolean same = lists.size() > 1 && lists.stream().allMatch(l -> sameCost(l, lists.getFirst()))
                    && byProvider.size() == ask.plans().providers().size();
            return same ? Map.of(ANY, lists.getFirst()) : byProvider;
        }

        private Map<String, List<InstalmentPlan>> byProvidersOfPlans(List<InstalmentPlan> plans) {
            Map<String, List<InstalmentPlan>> byProvider = new LinkedHashMap<>();
            plans.forEach(p -> byProvider.computeIfAbsent(p.provider(), k -> new ArrayList<>()).add(p));
            List<List<InstalmentPlan>> lists = List.copyOf(byProvider.values());
            boolean same = lists.size() > 1 && lists.stream().allMatch(l -> l.size() == lists.getFirst().size()
                    && java.util.stream.IntStream.range(0, l.size()).allMatch(i -> sameTerms(l.get(i), lists.getFirst().get(i))))
                    && byProvider.size() == ask.plans().providers().size();
            return same ? Map.of(ANY, lists.getFirst()) : byProvider;
        }

        private static boolean sameCost(List<InstalmentQuote> a, List<InstalmentQuote> b) {
            return a.size() == b.size() && java.util.stream.IntStream.range(0, a.size())
                    .allMatch(i -> a.get(i).sameCostAs(b.get(i)));
        }

        private static boolean sameTerms(InstalmentPlan a, InstalmentPlan b) {
            return a.months() == b.months() && a.totalFeePercent().compareTo(b.totalFeePercent()) == 0
                    && a.minAmount().compareTo(b.minAmount()) == 0
                    && (a.interestFreeOver() == null ? b.interestFreeOver() == null
                    : b.interestFreeOver() != null && a.interestFreeOver().compareTo(b.interestFreeOver()) == 0);
        }
    }
}
