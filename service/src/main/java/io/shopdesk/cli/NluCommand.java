package io.shopdesk.cli;

import io.shopdesk.nlp.OfflineTokenizer;
import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.MessageTokenizer;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentModel;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code nlu train}: trains the intent model from CSV or Rasa files and releases it with a manifest; {@code nlu eval}
 * and {@code nlu cross-validate} measure it.
 */
@Command(name = "nlu", description = "Train and evaluate the intent model.", mixinStandardHelpOptions = true,
        subcommands = {NluCommand.Train.class, NluEvalCommand.class, NluCrossValidateCommand.class})
class NluCommand {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The pipeline's own tokenisation, outside Spring. */
    static MessageTokenizer tokenizer(Path modelsDir) {
        return OfflineTokenizer.create(modelsDir);
    }

    static List<IntentExample> read(List<Path> files) {
        List<IntentExample> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(IntentDataReader.read(file));
        }
        return all;
    }

    @Command(name = "train", description = "Train an intent model and write it with its manifest.",
            mixinStandardHelpOptions = true)
    static class Train implements Callable<Integer> {
        @Option(names = "--data", arity = "1..*", description = "CSV files with a text,intent header or Rasa nlu.yml (default: nlp-models/intents/*.csv)")
        List<Path> data;

        @Option(names = "--out", defaultValue = "nlp-models/intent-model", description = "release folder (default: ${DEFAULT-VALUE})")
        Path out;

        @Option(names = "--models-dir", defaultValue = "nlp-models", description = "dictionaries folder parent (default: ${DEFAULT-VALUE})")
        Path modelsDir;

        @Option(names = "--oos-threshold", defaultValue = "0.45")
        double oosThreshold;

        @Override
        public Integer call() {
            try {
                List<Path> files = data == null ? IntentDataReader.csvFiles(modelsDir.resolve("intents")) : data;
                List<IntentExample> examples = read(files);
                long start = System.nanoTime();
                IntentModel model = new IntentTrainer(tokenizer(modelsDir)).train(examples, oosThreshold);
                double seconds = (System.nanoTime() - start) / 1e9;
                Map<String, Object> metrics = new LinkedHashMap<>();
                metrics.put("n_train", examples.size());
                metrics.put("intents", model.labels().size());
                metrics.put("features", model.featureCount());
                metrics.put("train_seconds", Math.round(seconds * 100) / 100.0);
                var manifest = IntentModelStore.write(out, model, IntentModelStore.dataHash(files), examples.size(), metrics);
                System.out.printf("Trained on %d examples, %d intents, %d features in %.1f s%nWrote %s (version %s)%n",
                        examples.size(), model.labels().size(), model.featureCount(), seconds, out, manifest.version());
                System.out.println(JSON.writeValueAsString(metrics));
                return 0;
            } catch (IntentDataException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}
