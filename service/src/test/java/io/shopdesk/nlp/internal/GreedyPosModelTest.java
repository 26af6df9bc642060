package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The greedy tagger reads the shipped model with beam size 1 and tags shop messages as the model's own beam of 3
 * does, nearly everywhere; something that is not a model package is refused.
 */
class GreedyPosModelTest {
    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final List<String> MESSAGES = List.of(
            "Where is my order SD12345678 ?",
            "I want to return these shoes because they are too small .",
            "Can I pay for the laptop in twelve monthly instalments ?",
            "My payment failed twice and I am getting really angry .",
            "Please change the shipping address to 12 Baker Street .",
            "Do you have a cheaper phone with a better camera ?",
            "The parcel arrived yesterday but the box was damaged .",
            "I would like to speak to a human agent now .",
            "How long does delivery to Shanghai usually take ?",
            "Cancel my last order , I ordered the wrong size .");

    private static InputStream model() {
        return GreedyPosModelTest.class.getResourceAsStream(MODEL);
    }

    @Test
    void theModelIsReadWithBeamSizeOne() throws IOException {
        assertThat(new POSModel(model()).getManifestProperty(GreedyPosModel.BEAM_SIZE)).isEqualTo("3");
        assertThat(GreedyPosModel.read(model()).getManifestProperty(GreedyPosModel.BEAM_SIZE)).isEqualTo("1");
    }

    @Test
    void greedyTagsAgreeWithTheBeamOnShopMessages() throws IOException {
        POSTaggerME greedy = new POSTaggerME(GreedyPosModel.read(model()));
        POSTaggerME beam = new POSTaggerME(new POSModel(model()));
        int tokens = 0;
        int same = 0;
        for (String message : MESSAGES) {
            String[] words = message.split(" ");
            String[] a = greedy.tag(words);
            String[] b = beam.tag(words);
            tokens += words.length;
            for (int i = 0; i < words.length; i++) {
                same += a[i].equals(b[i]) ? 1 : 0;
            }
        }
        assertThat(same / (double) tokens).as("share of tokens tagged alike").isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void somethingThatIsNotAModelPackageIsRefused() {
        assertThatThrownBy(() -> GreedyPosModel.read(new ByteArrayInputStream("not a zip".getBytes())))
                .isInstanceOf(IOException.class);
    }
}
