package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.IntentCoverage;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.intent.IntentCrossValidator;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.LabelConflicts;
import io.shopdesk.nlp.intent.IntentDataWarnings;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import io.shopdesk.nlp.internal.IntentStage;
import io.shopdesk.nlp.review.ReviewSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one train-and-release job does, on the job's thread: reads {@code nlp-models/intents/} ({@link TrainingSnapshot})
 * while no label changes it, cross-validates the recipe with the current release's folds, seed, threshold and
 * tolerance (each fold also trained without the new examples, for {@link ReleaseChecks#intentF1} and
 * {@link LabelAgreement}), trains the candidate on every example through {@link IntentReleaseTrainer} (what
 * {@code nlu train} runs), and releases it only when every check passes and the files did not change meanwhile. A
 * candidate refused by {@code below_floor} alone is kept ({@code keep}) for "Release anyway".
 *
 * <p>The job's end is recorded ({@code record}) <em>before</em> its view shows it finished: a page (or a test) that
 * sees the job done and stops the service at once must find the same end after a restart. Stateless apart from its
 * parts; each call runs one job. Thread-safe.
 */
final class ReleaseJobRun {
    private static final Logger log = LoggerFactory.getLogger(ReleaseJobRun.class);

    /** Keeps a refused candidate for "Release anyway": the job's id, the candidate, the live version it was measured against. */
    interface Keeper {
        void keep(long job, IntentReleaseTrainer.Candidate candidate, String liveVersion);
    }

    private final IntentStage intents;
    private final ReviewedExamples examples;
    private final NlpSettings settings;
    private final ReviewSettings review;
    private final OffTopicProbe probe;
    private final IntentCoverage coverage;
    private final Supplier<Instant> now;

    ReleaseJobRun(IntentStage intents, ReviewedExamples examples, NlpSettings settings, ReviewSettings review,
                  OffTopicProbe probe, IntentCoverage coverage, Supplier<Instant> now) {
        this.intents = intents;
        this.examples = examples;
        this.settings = settings;
        this.review = review;
        this.probe = probe;
        this.coverage = coverage;
        this.now = now;
    }

    /** Runs {@code job} to its end; {@code record} persists its final view before the job shows it. */
    void run(ReleaseJob job, Keeper keeper, Consumer<ReleaseJob.View> record) {
        Ending end;
        try {
            end = measureAndRelease(job, keeper);
        } catch (IntentDataException e) {
            end = new Ending("failed", "invalid_data", e.getMessage(), null);
        } catch (RuntimeException e) {
            log.warn("Release job {} failed", job.id(), e);
            end = new Ending("failed", "error", e.toString(), null);
        }
        ReleaseJob.View last = job.view().finished(end.status, end.reason, end.outcome, end.released, now.get());
        try {
            record.accept(last);
        } finally {
            job.publish(last);
        }
    }

    private record Ending(String status, String reason, String outcome, String released) {
    }

    private Ending measureAndRelease(ReleaseJob job, Keeper keeper) {
        Path releases = intents.releaseFolder();
        Optional<IntentModelStore.Manifest> live = IntentModelStore.manifest(releases);
        IntentModelStore.CrossValidation recorded = live.map(IntentModelStore.Manifest::crossValidation).orElse(null);
        IntentReleaseTrainer.Recipe recipe = recorded == null
                ? IntentReleaseTrainer.Recipe.defaults(settings.oosThreshold()) : IntentReleaseTrainer.Recipe.of(recorded);
        IntentReleaseTrainer release = new IntentReleaseTrainer(intents.trainer());
        TrainingSnapshot data = examples.locked(() -> TrainingSnapshot.read(examples.folder(), release));
        job.read(new ReleaseJob.Recipe(recipe.folds(), recipe.seed(), recipe.oosThreshold(), recipe.tolerance()),
                recorded == null ? null : live.get().version(), data.hash(), data.examples().size(), warnings(data));
        // A text under two intents: no model can get both right, and nlu train refuses it; the job fails before minutes
        // of cross-validation, naming each copy's file and line (it used to warn and release).
        if (IntentDataWarnings.textsUnderSeveralLabels(data.examples()).isPresent()) {
            LabelConflicts.in(IntentDataReader.dataFiles(examples.folder())).ifPresent(conflicts -> {
                throw new IntentDataException(conflicts);
            });
        }
        IntentModel liveModel = IntentModelStore.load(releases, live.map(IntentModelStore.Manifest::trainingDataHash)
                .orElse("")).orElse(intents.model());
        boolean[] fresh = data.newExamples(liveModel.labels());
        IntentReleaseTrainer.PairedCrossValidation paired = release.crossValidatePaired(data.examples(),
                fresh, recipe, listener(job, recipe.folds()));
        IntentModelStore.CrossValidation measured = paired == null ? null : paired.crossValidation();
        job.progress("training", 0.9, null);
        IntentReleaseTrainer.Candidate candidate = release.train(data.examples(),
                all -> all.parallelStream().map(release.trainer()::features).toList(), data.hash(), recipe, measured);
        job.progress("probing", 0.95, null);
        List<ReleaseGate.Comparison> comparisons = measured == null ? List.of()
                : ReleaseGate.compare(measured.measured(), recorded == null ? null : recorded.floor());
        OffTopicProbe.Featurised probed = probe.featurise(release.trainer());
        List<GateCheck> checks = List.of(
                ReleaseChecks.floors(comparisons, recorded, data.examples().stream().map(IntentExample::intent)
                        .filter(label -> !liveModel.labels().contains(label)).distinct().sorted().toList()),
                ReleaseChecks.intentF1(paired == null ? null : paired.f1Without(),
                        paired == null ? null : paired.f1With(), count(fresh), review.intentF1Drop()),
                ReleaseChecks.offTopic(probed.placedBy(liveModel.withOosThreshold(settings.oosThreshold())),
                        probed.placedBy(candidate.model().withOosThreshold(settings.oosThreshold())),
                        review.offTopicRise()),
                LabelAgreement.check(data.examples(), fresh, paired == null ? null : paired.heldOutWithoutTop(),
                        paired == null ? null : paired.heldOutWith(), review.minLabelAgreement(),
                        review.labelAgreementGroup()));
        job.checked(comparisons, checks);
        Optional<GateCheck> failed = checks.stream().filter(c -> !c.passes()).findFirst();
        if (failed.isPresent()) {
            if (checks.stream().filter(c -> !c.passes()).allMatch(c -> c.check().equals("below_floor"))) {
                keeper.keep(job.id(), candidate, live.map(IntentModelStore.Manifest::version).orElse(null));
            }
            log.info("Intent release job {} by {} refused: {}", job.id(), job.view().startedBy(), checks);
            return new Ending("refused", failed.get().check(), "Refused: " + String.join(" ", checks.stream()
                    .filter(c -> !c.passes()).map(GateCheck::summary).toList()) + " The live model stays.", null);
        }
        job.progress("releasing", 0.98, null);
        String version = examples.locked(() -> {
            if (!TrainingSnapshot.read(examples.folder(), release).hash().equals(data.hash())) {
                return null;
            }
            return candidate.writeTo(releases).version();
        });
        if (version == null) {
            return new Ending("refused", "data_changed", "The training data changed while the job ran; train again to "
                    + "release it", null);
        }
        log.info("Intent release {} written by {} (job {})", version, job.view().startedBy(), job.id());
        return new Ending("released", "released", "Released " + version + "; the service swaps it in", version);
    }

    /**
     * The data's warnings ({@link IntentDataWarnings}), then one for each intent the bot has no answer for: trained,
     * it is recognised, and the shopper still gets "I didn't get that"; and one for each intent only the FAQ search
     * answers, naming the entry. Not for a look-alike of {@code oos}: the first warning already says to rename it, and
     * "give it an answer" sent a team the wrong way ({@link AnswerCoverage}).
     */
    private List<String> warnings(TrainingSnapshot data) {
        List<String> warnings = new ArrayList<>(IntentDataWarnings.ofServiceData(data.examples()));
        AnswerCoverage answers = AnswerCoverage.of(coverage, data);
        answers.unanswered().forEach(label -> warnings.add(unansweredWarning(label, data.count(label))));
        answers.searchAnswered().forEach(found -> warnings.add(searchAnsweredWarning(found, data.count(found.intent()))));
        return warnings;
    }

    /** The warning for an intent nothing answers, as the job and the review page say it. */
    static String unansweredWarning(String label, long examples) {
        return "intent '" + label + "' (" + examples + " examples) has no answer in the dialogue: shoppers get the "
                + "fallback for it however sure the model is; give it one in rules/dialogue/intent-answers/"
                + "intent-answers.yml (faq, reply or handoff)";
    }

    /** The warning for an intent only the FAQ search answers: the answer may not be the one the team means. */
    static String searchAnsweredWarning(io.shopdesk.nlp.IntentCoverage.SearchAnswer found, long examples) {
        return "intent '" + found.intent() + "' (" + examples + " examples) has no answer of its own, but the FAQ search "
                + "answers " + found.answered() + " of " + found.examples() + " of its examples (" + (found.entries().size()
                == 1 ? "entry " : "entries ") + String.join(", ", found.entries()) + "): if that is not what it means, "
                + "give it an answer in rules/dialogue/intent-answers/intent-answers.yml (faq, reply or handoff)";
    }

    private static int count(boolean[] marks) {
        int n = 0;
        for (boolean m : marks) {
            n += m ? 1 : 0;
        }
        return n;
    }

    /** Featurising is the first tenth of the progress, the folds the next eight. */
    private static IntentCrossValidator.Listener listener(ReleaseJob job, int folds) {
        return new IntentCrossValidator.Listener() {
            @Override
            public void featurised(int done, int total) {
                if (done == total) {
                    job.progress("cross_validating", 0.1, "0/" + folds);
                } else if (done % 100 == 0) {
                    job.progress("featurising", 0.1 * done / total, done + "/" + total);
                }
            }

            @Override
            public void foldDone(int fold, int all) {
                job.progress("cross_validating", 0.1 + 0.8 * fold / folds, fold + "/" + all);
            }
        };
    }
}
