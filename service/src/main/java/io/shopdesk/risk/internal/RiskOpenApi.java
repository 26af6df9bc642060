package io.shopdesk.risk.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs} (UI at {@code /swagger-ui.html}), with the risk API's key. */
@Configuration
class RiskOpenApi {

    @Bean
    OpenAPI shopDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ShopDesk API").version("0.1.0")
                        .description("Chat turns, NLU, and payment/financing risk decisions with reasons.")
                        .license(new License().name("GPL-3.0-or-later")))
                .components(new Components().addSecuritySchemes("riskApiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(RiskApiKeyInterceptor.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("riskApiKey"));
    }
}
