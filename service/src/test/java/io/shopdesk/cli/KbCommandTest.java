package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kb eval} on a tiny FAQ CSV: the figures of the search and of the baseline, the report, and bad input. */
class KbCommandTest {
    @TempDir
    Path dir;

    static final String FAQ = """
            id,question,answer
            shipping-time,how long does delivery take,Two to four days.
            shipping-time,when will my parcel arrive,
            returns,how do i return an item,Within 7 days.
            returns,can i send back something i bought,
            invoice,can i get an invoice,From My orders.
            invoice,where do i download a receipt,
            insurance,how does 运费险 work,Covers return shipping.
            insurance,what is return shipping insurance,
            """;

    static final String QUERIES = """
            query,expected_ids
            how many days until my parcel arrives,shipping-time
            i want to return these shoes,returns|invoice
            need a receipt for my company,invoice
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void evalReportsTheSearchAndTheBaseline() throws IOException {
        Path faq = write("faq.csv", FAQ);
        Path queries = write("queries.csv", QUERIES);
        Path report = dir.resolve("report");

        CommandRun run = CommandRun.of("kb", "eval", "--faq", faq.toString(), "--queries", queries.toString(),
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo("FAQ " + faq + ": 4 entries (en); 3 queries from " + queries);
        assertThat(run.out()).contains("BM25 + EnglishAnalyzer", "P@1 difference: ");
        JsonNode json = run.json();
        assertThat(json.propertyNames()).contains("p_at_1", "mrr_at_10", "recall_at_5", "n_queries", "baseline_p_at_1");
        assertThat(json.get("n_queries").asInt()).isEqualTo(3);
        assertThat(json.get("language").asString()).isEqualTo("en");
        assertThat(json.get("p_at_1").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recall_at_5").asDouble()).isEqualTo(1.0);
        assertThat(Files.readString(report.resolve("index.html")))
                .contains("<table id=\"queries\">", "<td>how many days until my parcel arrives</td><td>shipping-time</td><td>1</td>");
    }

    @Test
    void badInputNamesTheFile() throws IOException {
        Path faq = write("faq.csv", "id,text\nx,hello\n");
        Path queries = write("queries.csv", QUERIES);

        CommandRun run = CommandRun.of("kb", "eval", "--faq", faq.toString(), "--queries", queries.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + faq + ": the header must have the columns id,question, found [id, text]")
                .doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    /**
     * A Chinese team's FAQ file (stop 33): its header pasted again below the first export was read as an entry "id"
     * with the question "question", and kb eval went on with exit 0; a header typed with a full-width comma said only
     * "found [id，question, answer]". Both are one line now, exit 2, saying what to change.
     */
    @Test
    void aHeaderPastedTwiceOrTypedWithAFullWidthCommaSaysWhatToChange() throws IOException {
        Path twice = write("twice.csv", FAQ + "id,question,answer\nstorage,茶叶怎么保存,密封避光\n");
        Path fullWidth = write("full-width.csv", "id，question,answer\ntea-fresh，茶叶是新茶吗,是的\n");
        Path queries = write("queries.csv", QUERIES);

        assertError(eval(twice, queries), twice + ":10: the header id,question,answer again; keep it on the first line "
                + "only (was a second file pasted below the first?)");
        assertError(eval(fullWidth, queries), fullWidth + ": the header must have the columns id,question, found "
                + "[id，question, answer]; the comma in the header is the full-width '，': type it as ','");
    }

    private static void assertError(CommandRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + message).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
    }

    private CommandRun eval(Path faq, Path queries, String... options) {
        String[] args = {"kb", "eval", "--faq", faq.toString(), "--queries", queries.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + options.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        return CommandRun.of(all);
    }

    @Test
    void aYamlFaqWithAnEmptyQuestionOrBadSyntaxNamesTheFileAndEntryOrLine() throws IOException {
        Path queries = write("queries.csv", QUERIES);
        Path emptyQuestion = write("faq.yml", """
                - id: shipping-time
                  questions:
                    - how long does delivery take
                  answer: Two to four days.
                - id: returns
                  questions:
                    - how do i return an item
                    -
                  answer: Within 7 days.
                """);
        Path emptyTag = write("tags.yml", """
                - id: returns
                  questions: [how do i return an item]
                  answer: Within 7 days.
                  tags:
                    - returns
                    -
                """);
        Path badSyntax = write("syntax.yml", """
                - id: returns
                  questions: [how do i return an item
                  answer: Within 7 days.
                """);

        assertError(eval(emptyQuestion, queries), emptyQuestion + ": entry 2 ('returns') has an empty question (question 2)");
        assertError(eval(emptyTag, queries), emptyTag + ": entry 1 ('returns') has an empty tag (tag 2)");
        assertError(eval(badSyntax, queries), badSyntax + ":3: not valid FAQ YAML: ");
    }

    @Test
    void expectedIdsThatAreNotFaqIdsAreRefusedWithTheirLine() throws IOException {
        Path faq = write("faq.csv", FAQ);
        // The query on lines 2-3 spans two lines: line numbers are the file's, not the record count.
        Path typo = write("typo.csv", "query,expected_ids\n\"how many days\nuntil it arrives\",shipping-time\n"
                + "i want to return these shoes,returns|invoce\n");
        Path empty = write("empty.csv", "query,expected_ids\nneed a receipt,invoice\nwhere is my parcel,|\n\n");

        assertError(eval(faq, typo), typo + ":4: expected id 'invoce' is not an id of the FAQ");
        assertError(eval(faq, empty), empty + ":3: no expected id in '|'");
    }

    /**
     * A team new to ShopDesk writes the question its FAQ should not answer among the queries, with no id (the
     * walkthrough of stop 32: "what's the weather," and "what's the weather" alone): before, the command said
     * "empty expected_ids", which did not say what to do; now it says where such questions go.
     */
    @Test
    void aQueryWithNoExpectedIdIsToldToGoInTheUnrelatedFile() throws IOException {
        Path faq = write("faq.csv", FAQ);
        String hint = "; a question the FAQ should not answer goes in a text file of its own, one a line, given with "
                + "--unrelated FILE";
        Path blank = write("blank.csv", "query,expected_ids\nneed a receipt,invoice\nwhat's the weather,\n");
        Path missing = write("missing.csv", "query,expected_ids\nneed a receipt,invoice\nwhat's the weather\n");

        assertError(eval(faq, blank), blank + ":3: no expected id for 'what's the weather'" + hint);
        assertError(eval(faq, missing), missing + ":3: no expected id for 'what's the weather'" + hint);
    }

    @Test
    void csvErrorsNameTheFilesOwnLine() throws IOException {
        Path faq = write("faq.csv", FAQ);
        Path comma = write("comma.csv", "query,expected_ids\n\"how many days\nuntil it arrives\",shipping-time\n"
                + "returns, please,returns\n");

        assertError(eval(faq, comma), comma + ":4: not valid CSV (Too many entries");
    }

    @Test
    void anyOtherFailureIsOneErrorLineWithoutAStackTrace() throws IOException {
        Path faq = write("faq.csv", FAQ);
        Path queries = write("queries.csv", QUERIES);
        Path synonyms = write("synonyms.txt", "parcel => package => box\n");

        assertError(eval(faq, queries, "--synonyms", synonyms.toString()), synonyms.toString());
    }

    @Test
    void aSynonymsFileWithoutRulesOrMissingIsNotALuceneError() throws IOException {
        Path faq = write("faq.csv", FAQ);
        Path queries = write("queries.csv", QUERIES);
        Path commentsOnly = write("synonyms.txt", "# no synonyms yet\n");

        // Lucene refuses an empty synonym map at the first query ("fst must be non-null"); run outside the ShopDesk
        // folder, the default knowledge-base/synonyms/synonyms-en.txt is absent and the map was empty too.
        CommandRun run = eval(faq, queries, "--synonyms", commentsOnly.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.json().get("p_at_1").asDouble()).isEqualTo(1.0);
        assertError(eval(faq, queries, "--synonyms", dir.resolve("nope.txt").toString()),
                "--synonyms " + dir.resolve("nope.txt") + ": no such file");
    }

    @Test
    void aQuoteLeftOpenOrBytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        Path faq = write("faq.csv", FAQ);
        Path open = write("open.csv", "query,expected_ids\nneed a receipt,invoice\n\"where is it,shipping-time\n"
                + "return it,returns\n");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "query,expected_ids\nneed a receipt,invoice\ncafé,returns\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertError(eval(faq, open), open + ":3: not valid CSV (Missing closing quote for value)");
        assertError(eval(faq, latin1), latin1 + ":3: not UTF-8 (byte 0xE9 in column 4)");
        assertError(eval(dir, open), dir + ": is a folder; give a file");
    }

    @Test
    void aReportFolderThatCannotBeWrittenStopsTheRunFirst() throws IOException {
        Path notAFolder = write("a-file", "x");

        CommandRun run = eval(write("faq.csv", FAQ), write("queries.csv", QUERIES), "--report", notAFolder.toString());

        assertError(run, "--report " + notAFolder + ": is a file; give a folder");
        assertThat(run.err()).doesNotContain("Queries");
    }
}
