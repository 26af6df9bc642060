package io.shopdesk.ruleengine.internal;

import io.shopdesk.ruleengine.RuleProblem;
import io.shopdesk.ruleengine.RuleSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.shopdesk.ruleengine.RuleFileContent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.drools.template.parser.DecisionTableParseException;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles a rule folder with Drools' classic (non-executable-model) build through a KieFileSystem, which reports
 * errors with file and line. Each build gets its own release id and leaves nothing in the KIE repository.
 * <p>
 * Each build compiles its rules on the calling thread. Drools otherwise compiles a package of more than 10 rules on a
 * fork-join pool of its own ({@value #PARALLEL_BUILD_THRESHOLD}), whose threads run at normal priority: a live reload
 * runs on a thread at the lowest OS priority so that requests keep the cores, and the pool's workers took them back
 * (risk HTTP at 2,000 requests/s with a reload: p99 8.4 ms with the build on the reload thread, 47-55 ms with the pool;
 * docs/benchmarks.md). Set before Drools reads its configuration, unless the JVM was started with it.
 * Thread-safe.
 */
public final class RuleCompiler {
    static final String PARALLEL_BUILD_THRESHOLD = "drools.parallelRulesBuildThreshold";

    static {
        if (System.getProperty(PARALLEL_BUILD_THRESHOLD) == null) {
            System.setProperty(PARALLEL_BUILD_THRESHOLD, String.valueOf(Integer.MAX_VALUE));
        }
    }

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String PREFIX = "src/main/resources/";

    private RuleCompiler() {
    }

    /** The files Drools compiles: DRL and decision tables named *.drl.csv or *.drl.xlsx. */
    public static List<Path> ruleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(RuleCompiler::isRuleFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx");
    }

    /**
     * The rule files' contents by file name, as a version records them: DRL and CSV tables as text, binary
     * {@code .drl.xlsx} tables Base64-encoded.
     */
    public static Map<String, String> read(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Path file : ruleFiles(folder)) {
                String name = file.getFileName().toString();
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, RuleFileContent.text(name, bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule files in " + folder, e);
        }
        return files;
    }

    public static KieBase compile(String ruleSet, Path folder, ClassLoader classLoader) {
        return compile(ruleSet, folder, read(folder), classLoader);
    }

    /** Compiles rule files given by content ({@link #read}); {@code folder} only names them in problems. */
    public static KieBase compile(String ruleSet, Path folder, Map<String, String> files, ClassLoader classLoader) {
        if (files.isEmpty()) {
            throw new RuleSetException(ruleSet, List.of(new RuleProblem(folder.toString(), 0, "no rule files")));
        }
        List<RuleProblem> workbooks = files.entrySet().stream()
                .filter(f -> WorkbookProblems.isWorkbook(f.getKey()))
                .flatMap(f -> WorkbookProblems.of(displayPath(folder, f.getKey()), RuleFileContent.bytes(f.getKey(), f.getValue())).stream())
                .toList();
        if (!workbooks.isEmpty()) {
            throw new RuleSetException(ruleSet, workbooks);
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("io.shopdesk.rules", ruleSet, "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (var file : files.entrySet()) {
            kfs.write(PREFIX + ruleSet + "/" + file.getKey(), RuleFileContent.bytes(file.getKey(), file.getValue()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader);
        try {
            builder.buildAll(DrlProject.class);
        } catch (DecisionTableParseException e) {
            // A table Drools cannot read at all throws rather than reporting an error with a line; name the table.
            String table = files.keySet().stream().filter(n -> String.valueOf(e.getMessage()).contains(n)).findFirst()
                    .orElse(null);
            throw new RuleSetException(ruleSet, List.of(new RuleProblem(table == null ? folder.toString()
                    : displayPath(folder, table), 0, "the decision table cannot be read: " + e.getMessage())));
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Map<String, DecisionTableProblems> tables = new HashMap<>();
            throw new RuleSetException(ruleSet, errors.stream().map(m -> problem(folder, files, tables, m)).toList());
        }
        try {
            KieContainer container = ks.newKieContainer(releaseId, classLoader);
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * A build error with its file and line. Drools reports a decision table's errors at lines of the DRL it generated
     * from the table; those are placed back in the spreadsheet (row, rule, column).
     */
    private static RuleProblem problem(Path folder, Map<String, String> files, Map<String, DecisionTableProblems> tables,
                                       Message message) {
        String file = displayPath(folder, message.getPath());
        String text = message.getText().strip();
        String name = message.getPath() == null ? "" : message.getPath().substring(message.getPath().lastIndexOf('/') + 1);
        if (DecisionTableProblems.isTable(name) && files.containsKey(name)) {
            return tables.computeIfAbsent(name, n -> DecisionTableProblems.of(n, RuleFileContent.bytes(n, files.get(n))))
                    .locate(file, message.getLine(), text);
        }
        return new RuleProblem(file, message.getLine(), text);
    }

    private static String displayPath(Path folder, String kiePath) {
        if (kiePath == null) {
            return folder.toString();
        }
        String name = kiePath.substring(kiePath.lastIndexOf('/') + 1);
        return folder.resolve(name).toString();
    }
}
