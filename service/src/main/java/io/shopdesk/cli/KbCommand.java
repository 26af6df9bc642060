package io.shopdesk.cli;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.FaqSearch;
import io.shopdesk.knowledge.KbDataException;
import io.shopdesk.knowledge.KbEvalData;
import io.shopdesk.knowledge.KbEvaluator;
import io.shopdesk.knowledge.PlainBm25Search;
import io.shopdesk.model.DataFile;
import io.shopdesk.nlp.Language;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb eval}: retrieval quality of the FAQ search on labelled queries, beside a plain BM25 baseline. */
@Command(name = "kb", description = "Work with the knowledge base (FAQ search).", mixinStandardHelpOptions = true,
        subcommands = KbCommand.Eval.class)
class KbCommand {

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Measure FAQ retrieval (P@1, MRR@10, Recall@5) against plain Lucene BM25 (smartcn or English analyser).")
    static class Eval implements Callable<Integer> {
        @Option(names = "--faq", required = true, paramLabel = "FILE",
                description = "FAQ as CSV id,question[,answer] (one row per question) or FAQ .yml")
        Path faq;

        @Option(names = "--queries", required = true, paramLabel = "FILE", description = "CSV query,expected_ids (ids separated by |)")
        Path queries;

        @Option(names = "--lang", paramLabel = "zh|en", description = "FAQ language (default: zh if most questions have Han characters)")
        String lang;

        @Option(names = "--synonyms", paramLabel = "FILE",
                description = "query synonyms (default: knowledge-base/synonyms/synonyms-<lang>.txt when present)")
        Path synonyms;

        @Option(names = "--unrelated", paramLabel = "FILE", description = "questions the FAQ should not answer, one a line")
        Path unrelated;

        @Option(names = "--report", paramLabel = "DIR", description = "write an HTML report to DIR/index.html")
        Path report;

        @Option(names = "--models-dir", defaultValue = "nlp-models", description = "dictionaries folder parent (default: ${DEFAULT-VALUE})")
        Path modelsDir;

        @Override
        public Integer call() {
            Optional<String> unwritable = report == null ? Optional.empty()
                    : OutputFolder.problem("--report", report, Html.FILE);
            if (unwritable.isPresent()) {
                System.err.println("error: " + unwritable.get());
                return 2;
            }
            try {
                if (synonyms != null) {
                    DataFile.absent(synonyms).ifPresent(problem -> {
                        throw new KbDataException("--synonyms " + problem);
                    });
                }
                Language language = lang == null ? null : parseLanguage(lang);
                List<FaqEntry> entries = KbEvalData.readFaq(faq, language);
                Language used = entries.getFirst().language();
                List<KbEvaluator.LabelledQuery> labelled = KbEvalData.readQueries(queries, entries);
                List<String> offTopic = unrelated == null ? List.of() : KbEvalData.readLines(unrelated);
                Path synonymsFile = synonyms != null ? synonyms
                        : Path.of("knowledge-base", "synonyms", "synonyms-" + used.code() + ".txt");
                if (!java.nio.file.Files.exists(synonymsFile)) {
                    System.err.println("warning: no " + synonymsFile + " (found from the working folder): measuring "
                            + "without query synonyms (--synonyms FILE)");
                }

                long start = System.nanoTime();
                FaqSearch search = FaqSearch.of(used, entries, synonymsFile, NluCommand.tokenizer(modelsDir));
                double buildSeconds = (System.nanoTime() - start) / 1e9;
                PlainBm25Search baseline = new PlainBm25Search(used, entries);
                KbEvaluator.Report ours;
                KbEvaluator.Report plain;
                try (Progress progress = new Progress("Queries", 2L * labelled.size() + offTopic.size())) {
                    ours = KbEvaluator.evaluate(stepping(search, progress), labelled, offTopic);
                    plain = KbEvaluator.evaluate(stepping(baseline, progress), labelled, List.of());
                }

                KbEvalFigures figures = new KbEvalFigures(used, entries.size(), ours, plain, buildSeconds,
                        !offTopic.isEmpty());
                figures.print(System.out, faq, queries);
                Map<String, Object> metrics = figures.metrics();
                if (report != null) {
                    System.out.println("Report: " + KbReportWriter.write(report, "kb eval: " + faq.getFileName() + ", "
                            + queries.getFileName(), ours, plain, metrics));
                }
                System.out.println(NluCommand.JSON.writeValueAsString(metrics));
                return 0;
            } catch (KbDataException e) {
                System.err.println("error: " + e.getMessage());
                return 2;
            } catch (UncheckedIOException e) {
                System.err.println("error: " + e.getMessage() + " (" + e.getCause().getMessage() + ")");
                return 1;
            } catch (RuntimeException e) {
                // A file the readers above let through (or a library's own complaint about it): one line, as for
                // the errors we name, never a stack trace.
                System.err.println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return 2;
            }
        }

        private static Language parseLanguage(String code) {
            return switch (code.toLowerCase(Locale.ROOT)) {
                case "zh" -> Language.ZH;
                case "en" -> Language.EN;
                default -> throw new KbDataException("--lang must be zh or en, got " + code);
            };
        }

        private static KbEvaluator.Search stepping(KbEvaluator.Search search, Progress progress) {
            return (question, maxHits) -> {
                var result = search.search(question, maxHits);
                progress.step();
                return result;
            };
        }
    }
}
