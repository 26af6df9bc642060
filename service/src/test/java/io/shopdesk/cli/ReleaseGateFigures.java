package io.shopdesk.cli;

import io.shopdesk.nlp.intent.*;
import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;

/**
 * The figures that chose the review page's release gate limits (docs/nlu.md, "Train and release"): on the shipped
 * intents, the cross-validated figures, each intent's F1 and the off-topic probe's in-scope share for the shipped data
 * and with genuine paraphrase labels, random strings labelled greeting or in turn, and general sentences labelled
 * greeting; then each intent's F1 paired (same folds, without and with the added labels). Prints, asserts nothing.
 * Tagged {@code benchmark}: {@code ./mvnw -B -q -o test -Dtest=ReleaseGateFigures -Dsurefire.excludedGroups=none -pl service}
 * (several minutes).
 */
@org.junit.jupiter.api.Tag("benchmark")
class ReleaseGateFigures {
    static final Path MODELS = Path.of("nlp-models");

    static List<String> lines(Path p) throws Exception {
        return Files.readAllLines(p).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static List<IntentExample> paraphrases(String lang) throws Exception {
        Map<String, String> map = Map.ofEntries(Map.entry("shipping-time", "shipping_time"), Map.entry("returns-policy-period", "return_policy"),
                Map.entry("returns-how-to", "return_policy"), Map.entry("refunds-status", "refund_status"), Map.entry("refunds-not-received", "refund_status"),
                Map.entry("payment-methods", "payment_methods"), Map.entry("payment-failed", "payment_failed"), Map.entry("orders-track", "order_status"),
                Map.entry("orders-change-address", "change_address"), Map.entry("orders-cancel", "cancel_order"), Map.entry("invoices-request", "invoice"),
                Map.entry("invoices-download", "invoice"), Map.entry("instalments-options", "installment_inquiry"), Map.entry("instalments-eligibility", "installment_inquiry"),
                Map.entry("coupons-how-to-use", "coupon"), Map.entry("coupons-not-working", "coupon"), Map.entry("account-password-reset", "account_issue"),
                Map.entry("account-verification-code", "account_issue"), Map.entry("contact-customer-service", "human_agent"));
        List<IntentExample> out = new ArrayList<>();
        for (IntentExample e : RasaNluReaderFree.read(Path.of("knowledge-base/eval/paraphrases-" + lang + ".csv"))) {
            String intent = map.get(e.intent());
            if (intent != null) out.add(new IntentExample(e.text(), intent));
        }
        return out;
    }

    static class RasaNluReaderFree {
        static List<IntentExample> read(Path p) throws Exception {
            List<IntentExample> out = new ArrayList<>();
            for (String line : Files.readAllLines(p).subList(1, Files.readAllLines(p).size())) {
                int c = line.lastIndexOf(',');
                String text = line.substring(0, c).replace("\"", "");
                out.add(new IntentExample(text, line.substring(c + 1)));
            }
            return out;
        }
    }

    @Test
    void measure() throws Exception {
        IntentTrainer trainer = NluCommand.trainer(MODELS);
        List<IntentExample> base = IntentDataReader.readFolder(MODELS.resolve("intents"));
        Set<String> keys = new HashSet<>();
        base.forEach(e -> keys.add(e.textKey()));
        List<String> intents = base.stream().map(IntentExample::intent).filter(i -> !i.equals("oos")).distinct().sorted().toList();
        Random random = new Random(4);
        List<IntentExample> greeting = new ArrayList<>(), roundRobin = new ArrayList<>();
        while (greeting.size() < 300) {
            StringBuilder t = new StringBuilder();
            for (int i = 6 + random.nextInt(6); i > 0; i--) t.append((char) ('a' + random.nextInt(26)));
            greeting.add(new IntentExample(t.toString(), "greeting"));
            roundRobin.add(new IntentExample(t.toString(), intents.get(roundRobin.size() % intents.size())));
        }
        List<IntentExample> para = new ArrayList<>();
        for (String lang : List.of("en", "zh")) for (IntentExample e : paraphrases(lang)) if (keys.add(e.textKey())) para.add(e);
        System.out.println("paraphrases " + para.size());
        List<String> bg = lines(MODELS.resolve("background/en.txt"));
        List<String> probeEn = bg.subList(bg.size() - 1000, bg.size());
        List<String> probeZh = lines(Path.of("knowledge-base/eval/unrelated-zh.txt"));
        List<String> probeEn40 = lines(Path.of("knowledge-base/eval/unrelated-en.txt"));
        Map<String, List<IntentExample>> scenarios = new LinkedHashMap<>();
        scenarios.put("live", base);
        scenarios.put("greeting300", concat(base, greeting));
        scenarios.put("roundRobin300", concat(base, roundRobin));
        scenarios.put("paraphrases", concat(base, para));
        scenarios.put("greeting100", concat(base, greeting.subList(0, 100)));
        scenarios.put("greeting30", concat(base, greeting.subList(0, 30)));
        scenarios.put("chitchatGreeting300", concat(base, bg.subList(0, 300).stream().map(x -> new IntentExample(x, "greeting")).toList()));
        Map<String, Double> liveF1 = null;
        for (var s : scenarios.entrySet()) {
            var cv = new IntentCrossValidator(trainer, 5, 42).evaluate(s.getValue(), 0.45);
            IntentModel m = trainer.train(s.getValue(), 0.45);
            double en = inScope(m, trainer, probeEn), zh = inScope(m, trainer, probeZh), en40 = inScope(m, trainer, probeEn40);
            StringBuilder drop = new StringBuilder();
            if (liveF1 == null) liveF1 = cv.intentF1();
            else {
                double worst = 0; String w = null;
                for (var e : liveF1.entrySet()) { double d = e.getValue() - cv.intentF1().getOrDefault(e.getKey(), 0.0); if (d > worst) { worst = d; w = e.getKey(); } }
                drop.append(String.format("worstDrop %s %.4f", w, worst));
            }
            Map<String, Double> byIntent = shares(m, trainer, probeEn), liveBy = scenarios.get("live") == s.getValue() ? byIntent : LIVE;
            if (LIVE == null) LIVE = byIntent;
            String wi = null; double wr = -1;
            for (var e : byIntent.entrySet()) { double r = e.getValue() - LIVE.getOrDefault(e.getKey(), 0.0); if (r > wr) { wr = r; wi = e.getKey(); } }
            Map<String, Double> zhBy = shares(m, trainer, concat2(probeZh, probeEn40));
            if (LIVEZH == null) LIVEZH = zhBy;
            String zi = null; double zr = -1;
            for (var e : zhBy.entrySet()) { double r = e.getValue() - LIVEZH.getOrDefault(e.getKey(), 0.0); if (r > zr) { zr = r; zi = e.getKey(); } }
            System.out.printf("  maxIntentRise en1000 %s %.4f (%.4f -> %.4f); small80 %s %.4f%n", wi, wr, LIVE.getOrDefault(wi, 0.0), byIntent.get(wi), zi, zr);
            System.out.printf("%s acc %.4f ins %.4f oosR %.4f mF1 %.4f | probeEn1000 %.4f probeZh40 %.4f probeEn40 %.4f | %s%n", s.getKey(), cv.accuracy(),
                    cv.inScopeAccuracy(), cv.oosRecall(), cv.macroF1(), en, zh, en40, drop);
        }
        for (var s : scenarios.entrySet()) {
            if (s.getKey().equals("live") || s.getKey().equals("roundRobin300")) continue;
            List<IntentExample> all = s.getValue();
            boolean[] added = new boolean[all.size()];
            for (int i = base.size(); i < all.size(); i++) added[i] = true;
            var p = new IntentCrossValidator(trainer, 5, 42).evaluatePaired(all, added, 0.45, IntentCrossValidator.Listener.NONE);
            double worst = -1; String w = null;
            for (var e : p.f1Without().entrySet()) { double d = e.getValue() - p.f1With().getOrDefault(e.getKey(), 0.0); if (d > worst) { worst = d; w = e.getKey(); } }
            System.out.printf("PAIRED %s acc %.4f oosR %.4f | worst paired drop %s %.4f (%.4f -> %.4f)%n", s.getKey(), p.all().accuracy(), p.all().oosRecall(), w, worst, p.f1Without().get(w), p.f1With().get(w));
        }
    }

    /**
     * The {@code new_label_agreement} check's figures: the share of the added examples that the fold model trained
     * without them places as labelled (a label the base data lacks: the fold model trained with the other folds' added
     * examples), over all added examples and per intent. {@code -Dtest=ReleaseGateFigures#newLabelAgreement}.
     */
    @Test
    void newLabelAgreement() throws Exception {
        IntentTrainer trainer = NluCommand.trainer(MODELS);
        List<IntentExample> base = IntentDataReader.readFolder(MODELS.resolve("intents"));
        Set<String> keys = new HashSet<>();
        base.forEach(e -> keys.add(e.textKey()));
        Set<String> known = new HashSet<>();
        base.forEach(e -> known.add(e.intent()));
        List<String> intents = base.stream().map(IntentExample::intent).filter(i -> !i.equals("oos")).distinct().sorted().toList();
        Random random = new Random(4);
        List<IntentExample> greeting = new ArrayList<>(), roundRobin = new ArrayList<>(), newRandom = new ArrayList<>();
        while (greeting.size() < 300) {
            StringBuilder t = new StringBuilder();
            for (int i = 6 + random.nextInt(6); i > 0; i--) t.append((char) ('a' + random.nextInt(26)));
            greeting.add(new IntentExample(t.toString(), "greeting"));
            roundRobin.add(new IntentExample(t.toString(), intents.get(roundRobin.size() % intents.size())));
            newRandom.add(new IntentExample(t.toString(), "gift_wrap"));
        }
        List<IntentExample> para = new ArrayList<>();
        for (String lang : List.of("en", "zh")) for (IntentExample e : paraphrases(lang)) if (keys.add(e.textKey())) para.add(e);
        List<IntentExample> giftWrap = IntentDataReader.read(Path.of("service/src/test/resources/nlu/gift-wrap-intent.csv"));
        List<String> bg = lines(MODELS.resolve("background/en.txt"));
        Map<String, List<IntentExample>> scenarios = new LinkedHashMap<>();
        scenarios.put("paraphrases", para);
        scenarios.put("giftWrap20", giftWrap);
        scenarios.put("paraphrases+giftWrap20", concat(para, giftWrap));
        scenarios.put("greeting30", greeting.subList(0, 30));
        scenarios.put("greeting100", greeting.subList(0, 100));
        scenarios.put("greeting300", greeting);
        scenarios.put("roundRobin300", roundRobin);
        scenarios.put("paraphrases+greeting30", concat(para, greeting.subList(0, 30)));
        scenarios.put("newIntentRandom30", newRandom.subList(0, 30));
        scenarios.put("newIntentRandom100", newRandom.subList(0, 100));
        // Inbox-like genuine labels: the paraphrases the model trained on the base data does not place as labelled.
        IntentModel live = trainer.train(base, 0.45);
        scenarios.put("paraphrasesLiveMisses", para.stream().filter(e -> !live.predict(trainer.features(e.text())).name()
                .equals(e.intent())).toList());
        scenarios.put("chitchatGreeting300", bg.subList(0, 300).stream().map(x -> new IntentExample(x, "greeting")).toList());
        String only = System.getProperty("scenarios");
        for (var s : scenarios.entrySet()) {
            if (only != null && !Arrays.asList(only.split(",")).contains(s.getKey())) continue;
            List<IntentExample> all = concat(base, s.getValue());
            boolean[] added = new boolean[all.size()];
            for (int i = base.size(); i < all.size(); i++) added[i] = true;
            var p = new IntentCrossValidator(trainer, 5, 42).evaluatePaired(all, added, 0.45, IntentCrossValidator.Listener.NONE);
            Map<String, int[]> byIntent = new TreeMap<>();
            int agreed = 0, outOfScope = 0, inTop = 0, top2 = 0;
            for (int i = base.size(); i < all.size(); i++) {
                String label = all.get(i).intent();
                String placed = known.contains(label) ? p.heldOutWithout().get(i) : p.heldOutWith().get(i);
                boolean agree = placed.equals(label);
                List<String> top = p.heldOutWithoutTop().get(i);
                inTop += agree || (known.contains(label) && top.contains(label)) ? 1 : 0;
                top2 += agree || (known.contains(label) && top.subList(0, Math.min(2, top.size())).contains(label)) ? 1 : 0;
                agreed += agree ? 1 : 0;
                outOfScope += !agree && placed.equals("oos") ? 1 : 0;
                int[] c = byIntent.computeIfAbsent(label, k -> new int[2]);
                c[0]++;
                c[1] += agree ? 1 : 0;
            }
            int n = all.size() - base.size();
            StringBuilder per = new StringBuilder();
            byIntent.forEach((k, c) -> per.append(String.format(" %s %d/%d=%.2f", k, c[1], c[0], c[1] / (double) c[0])));
            System.out.printf("AGREEMENT %s n=%d placed-as-labelled %.4f (elsewhere-oos %.4f, another intent %.4f) top3 %.4f top2 %.4f |%s%n",
                    s.getKey(), n, agreed / (double) n, outOfScope / (double) n, (n - agreed - outOfScope) / (double) n,
                    inTop / (double) n, top2 / (double) n, per);
        }
    }

    static Map<String, Double> LIVE, LIVEZH;
    static List<String> concat2(List<String> a, List<String> b) { List<String> x = new ArrayList<>(a); x.addAll(b); return x; }
    static Map<String, Double> shares(IntentModel m, IntentTrainer t, List<String> probe) {
        Map<String, Double> out = new TreeMap<>();
        for (String x : probe) { var p = m.predict(t.features(x)); if (!p.outOfScope()) out.merge(p.name(), 1.0 / probe.size(), Double::sum); }
        return out;
    }

    static double inScope(IntentModel m, IntentTrainer t, List<String> probe) {
        return probe.stream().filter(x -> !m.predict(t.features(x)).outOfScope()).count() / (double) probe.size();
    }

    static List<IntentExample> concat(List<IntentExample> a, List<IntentExample> b) {
        List<IntentExample> all = new ArrayList<>(a); all.addAll(b); return all;
    }
}
