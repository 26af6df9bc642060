package io.shopdesk;

import io.shopdesk.cli.ShopDeskCommand;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * ShopDesk: the chat service when started without arguments (or with Spring options such as
 * {@code --server.port=9090}); a command line tool when the first argument is a command ({@code rules}, {@code nlu}…)
 * or {@code --help} / {@code --version}.
 */
@SpringBootApplication
public class ShopDeskApplication {

    public static void main(String[] args) {
        if (ShopDeskCommand.handles(args)) {
            System.exit(ShopDeskCommand.run(args));
        }
        SpringApplication.run(ShopDeskApplication.class, args);
    }

    /** The one clock, so dates ("tomorrow", 上周五) and timestamps can be fixed in tests. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
