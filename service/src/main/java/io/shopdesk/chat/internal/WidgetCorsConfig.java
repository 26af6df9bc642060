package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The widget's ES modules load in CORS mode when a shop embeds them from another origin, and the widget sends and
 * fetches attachments over HTTP from that page (with the shopper's identity headers, never cookies).
 */
@Configuration
class WidgetCorsConfig implements WebMvcConfigurer {
    private final ChatSettings settings;

    WidgetCorsConfig(ChatSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/widget/**").allowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET");
        registry.addMapping("/api/chat/conversations/*/attachments/**")
                .allowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "POST")
                .allowedHeaders(IdentityHeaders.CUSTOMER, IdentityHeaders.EXPIRES, IdentityHeaders.SIGNATURE,
                        "Content-Type");
        registry.addMapping("/api/chat/conversations/*/attachments")
                .allowedOriginPatterns(settings.allowedOrigins().toArray(String[]::new))
                .allowedMethods("POST")
                .allowedHeaders(IdentityHeaders.CUSTOMER, IdentityHeaders.EXPIRES, IdentityHeaders.SIGNATURE,
                        "Content-Type");
    }
}
