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
 * Without a release it answers -1 and the rules decide on attributes alone. Thread-safe: the model and its version
 * are one immutable {@link Release}, swapped whole and read once per scoring.
 */
@Component
class ReleasedFinancingModel implements DefaultProbabilityModel, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReleasedFinancingModel.class);

    private final Path dir;
    private final FolderWatcher watcher;
    private volatile Release release = Release.NONE;

    /** A loaded model and its version, always together. */
    private record Release(FinancingModel model, String version) {
        static final Release NONE = new Release(null, "none");
    }

    ReleasedFinancingModel(RiskSettings settings) {
        this.dir = settings.model();
        load();
        this.watcher = new FolderWatcher("financing-model", dir, Duration.ofSeconds(2), this::load);
    }

    private void load() {
        if (!Files.isRegularFile(dir.resolve(FinancingModelStore.MANIFEST_FILE))) {
            release = Release.NONE;
            return;
        }
        try {
            FinancingModel loaded = FinancingModelStore.load(dir);
            release(loaded, "financing-" + FinancingModelStore.manifest(dir).version());
            log.info("Financing model {} loaded from {}", release.version(), dir);
        } catch (RuntimeException e) {
            log.error("Financing model in {} not loaded, keeping {}: {}", dir, release.version(), e.getMessage());
        }
    }

    /** Serves {@code model} as {@code version} from the next scoring on. */
    void release(FinancingModel model, String version) {
        release = new Release(model, version);
    }

    @Override
    public Score score(FinancingRequest a) {
        Release current = release;
        if (current.model() == null) {
            return Score.NONE;
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
        return new Score(current.model().defaultProbability(applicant), current.version());
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
        return release.version();
    }

    @Override
    public void close() {
        watcher.close();
    }
}
