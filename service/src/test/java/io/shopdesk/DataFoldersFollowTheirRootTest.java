package io.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.risk.RiskSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped {@code application.yml} puts each data file beside the folder a deployment points elsewhere: the risk
 * lists under {@code shopdesk.rules.dir}, the instalment plans under {@code shopdesk.knowledge.source}. Before stop 31
 * both were fixed paths under the working folder, so a service started with its rules and knowledge base copied
 * elsewhere failed to start ("Cannot read the instalment plans…") or published a list into the working folder's
 * {@code rules/risk/lists} rather than the rules it served. Binds the real file, as the service does.
 */
class DataFoldersFollowTheirRootTest {

    static Binder binder(Map<String, Object> given) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", given));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        return Binder.get(environment);
    }

    @Test
    void theListsAndInstalmentPlansMoveWithTheirFolders() throws IOException {
        Binder binder = binder(Map.of("shopdesk.rules.dir", "/srv/shop/rules", "shopdesk.knowledge.source", "/srv/shop/kb"));

        assertThat(binder.bindOrCreate("shopdesk.risk", RiskSettings.class).lists())
                .isEqualTo(Path.of("/srv/shop/rules/risk/lists"));
        assertThat(binder.bindOrCreate("shopdesk.dialogue", DialogueSettings.class).instalmentPlans())
                .isEqualTo(Path.of("/srv/shop/kb/instalments"));
        // Stop 33: the product catalogue stayed knowledge-base/products under the working folder, and the start failed.
        assertThat(binder.bindOrCreate("shopdesk.recommendation", io.shopdesk.recommendation.RecommendationSettings.class)
                .catalogue()).isEqualTo(Path.of("/srv/shop/kb/products"));
    }

    @Test
    void byDefaultTheyAreTheWorkingFoldersAsBefore() throws IOException {
        Binder binder = binder(Map.of());

        assertThat(binder.bindOrCreate("shopdesk.risk", RiskSettings.class).lists()).isEqualTo(Path.of("rules/risk/lists"));
        assertThat(binder.bindOrCreate("shopdesk.dialogue", DialogueSettings.class).instalmentPlans())
                .isEqualTo(Path.of("knowledge-base/instalments"));
        assertThat(binder.bindOrCreate("shopdesk.risk", RiskSettings.class).model())
                .isEqualTo(Path.of("nlp-models/financing-model"));
    }

    /**
     * Before stop 32 the financing model stayed {@code nlp-models/financing-model} under the working folder whatever
     * {@code shopdesk.nlp.models-dir} said: a service whose models were copied elsewhere scored instalments with the
     * working folder's model, or with none ({@code modelVersion} none) when there was no such folder.
     */
    @Test
    void theFinancingModelMovesWithTheModelsFolder() throws IOException {
        Binder binder = binder(Map.of("shopdesk.nlp.models-dir", "/srv/shop/models"));

        assertThat(binder.bindOrCreate("shopdesk.risk", RiskSettings.class).model())
                .isEqualTo(Path.of("/srv/shop/models/financing-model"));
    }

    @Test
    void aModelFolderSetOnItsOwnStillWins() throws IOException {
        Binder binder = binder(Map.of("shopdesk.nlp.models-dir", "/srv/shop/models",
                "shopdesk.risk.model", "/srv/shop/other-model"));

        assertThat(binder.bindOrCreate("shopdesk.risk", RiskSettings.class).model())
                .isEqualTo(Path.of("/srv/shop/other-model"));
    }
}
