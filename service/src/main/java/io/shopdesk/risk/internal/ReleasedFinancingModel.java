package io.shopdesk.risk.internal;

import io.shopdesk.risk.DefaultProbabilityModel;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.model.FinancingModel;
import io.shopdesk.risk.model.FinancingModelStore;
import io.shopdesk.watch.FolderWatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The financing model released by {@code risk train --out} into {@code shopdesk.risk.model}, swapped in when the
 * release changes. An application is offered to the model under the snake_case names of its fields
 * ({@code amount, term_months, purpose, monthly_income, employment, existing_credits, housing, credit_history, age})
 * and under the German-credit names for the same things ({@code credit_amount, duration}); the model uses the
 * columns it was trained on and treats the rest as missing, so train it on an export with these column names. Log-ratio
 * columns (e.g. amount / term) are computed from the same values inside the model, as in training; a missing value
 * takes the training median and a value &le; 0 (say a monthly income of 0) is clamped, see
 * {@link FinancingModel#defaultProbability}.
 * Without a release it answers -1 and the rules decide on attributes alone. Thread-safe (volatile snapshot).
 */
@Component
class ReleasedFinancingModel implements DefaultProbabilityModel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReleasedFinancingModel.class);

    private final Path dir;
    private final FolderWatcher watcher;
    private volatile FinancingModel model;
    private volatile String version = "none";

    ReleasedFinancingModel(RiskSettings settings) {
        this.dir = settings.model();
        load();
        this.watcher = new FolderWatcher("financing-model", dir, Duration.ofSeconds(2), this::load);
    }

    private void load() {
        if (!Files.isRegularFile(dir.resolve(FinancingModelStore.MANIFEST_FILE))) {
            model = null;
            version = "none";
            return;
        }
        try {
            FinancingModel loaded = FinancingModelStore.load(dir);
            String loadedVersion = FinancingModelStore.manifest(dir).version();
            model = loaded;
            version = "financing-" + loadedVersion;
            log.info("Financing model {} loaded from {}", version, dir);
        } catch (RuntimeException e) {
            log.error("Financing model in {} not loaded, keeping {}: {}", dir, version, e.getMessage());
        }
    }

    @Override
    public double probability(FinancingRequest a) {
        FinancingModel current = model;
        if (current == null) {
            return -1;
        }
        Map<String, Object> applicant = new HashMap<>();
        put(applicant, a.amount(), "amount", "credit_amount");
        put(applicant, a.termMonths(), "term_months", "duration");
        put(applicant, a.purpose(), "purpose");
        put(applicant, a.monthlyIncome(), "monthly_income", "income");
        put(applicant, a.employment(), "employment");
        put(applicant, a.existingCredits(), "existing_credits");
        put(applicant, a.housing(), "housing");
        put(applicant, a.creditHistory(), "credit_history");
        put(applicant, a.age(), "age");
        return current.defaultProbability(applicant);
    }

    private static void put(Map<String, Object> applicant, Object value, String... names) {
        if (value != null) {
            for (String name : names) {
                applicant.put(name, value.toString());
            }
        }
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public void close() {
        watcher.close();
    }
}
