package io.shopdesk;

import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole service on a random port with an H2 file database in a folder a test owns, so that a test can
 * stop it and start it again on the same data (what a restart or a deploy does). CoreNLP and English sentiment are
 * off, as in {@link ShopDeskTest}. Each call starts a new service; close it to stop it.
 */
public final class ServiceOnFileDatabase {
    private ServiceOnFileDatabase() {
    }

    public static ConfigurableApplicationContext start(Path folder, String... moreArgs) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--shopdesk.nlp.core-nlp=false", "--shopdesk.escalation.english-sentiment=off"));
        args.addAll(java.util.List.of(moreArgs));
        return new SpringApplicationBuilder(ShopDeskApplication.class).run(args.toArray(String[]::new));
    }

    /** The port a service started here listens on (it was started on a random one). */
    public static int port(ConfigurableApplicationContext service) {
        return service.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
