package io.shopdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * The whole service on a random port, as {@link ShopDeskTest} runs it (CoreNLP's entities and English sentiment off),
 * but on an in-memory H2 database of the test's own ({@link #database}, PostgreSQL mode, Flyway-migrated and seeded):
 * for a test that changes what the shared {@code shopdesk-test} database holds (rule versions, drafts, decisions a
 * replay reads), or that runs on copied rules, which a context shared with another class would not see. Tests naming
 * the same database and properties share one context. Before, some twenty ITs repeated the same four lines of
 * {@code @SpringBootTest} properties, the database's URL options among them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off"
})
@ContextCustomizerFactories(OwnDatabaseTest.Database.class)
public @interface OwnDatabaseTest {
    /** The in-memory database's name: {@code jdbc:h2:mem:<database>;…}. */
    String database();

    /**
     * More properties of this test's service ({@code key=value}), beside those every such test has; one of these
     * named here too is replaced ({@code shopdesk.escalation.english-sentiment=corenlp} for the test of it).
     */
    String[] properties() default {};

    /**
     * Sets {@code spring.datasource.url} to the annotated test's own in-memory database, and its further
     * {@link #properties}, above the service's configuration. Thread-safe (stateless).
     */
    final class Database implements ContextCustomizerFactory {
        /** The URL of an in-memory H2 database named {@code name}, with the options every test database has. */
        public static String url(String name) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1";
        }

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .get(OwnDatabaseTest.class)
                    .synthesize(a -> a.isPresent())
                    .map(a -> new Properties(properties(a)))
                    .orElse(null);
        }

        private static Map<String, Object> properties(OwnDatabaseTest test) {
            Map<String, Object> properties = new TreeMap<>(
                    TestPropertySourceUtils.convertInlinedPropertiesToMap(test.properties()));
            properties.put("spring.datasource.url", url(test.database()));
            return Map.copyOf(properties);
        }

        /** The properties as the highest-precedence source; equal ones let two tests share a context. */
        private record Properties(Map<String, Object> properties) implements ContextCustomizer {
            @Override
            public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
                context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownDatabaseTest",
                        properties));
            }
        }
    }
}
