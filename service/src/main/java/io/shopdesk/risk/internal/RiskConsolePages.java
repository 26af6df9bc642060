package io.shopdesk.risk.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code /risk/} serves the risk officers' console (static files from {@code chat-ui/risk/}). The page itself is
 * open: what it shows comes from {@code /api/risk/**}, which needs the officer's API key.
 */
@Configuration
class RiskConsolePages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/risk", "/risk/");
        registry.addViewController("/risk/").setViewName("forward:/risk/index.html");
    }
}
