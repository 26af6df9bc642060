package io.shopdesk.risk.internal;

import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.PaymentRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the bodies of the risk API's scoring requests with a mapper that refuses fields it does not know. The service's
 * JSON mapper ignores unknown fields (a client newer than the server keeps working), but for a risk decision that
 * tolerance is a hazard: a financing application sent with {@code "monthly_income"} or {@code "applicant": {…}} was
 * scored as if no income had been given, and approved, without the caller hearing of it. Such a body now gets 400
 * {@code invalid_request} naming the field ({@link RiskApiErrors}). Only {@link PaymentRequest} and
 * {@link FinancingRequest} are read this way; every other body keeps the service's mapper. Configuration only: the
 * mapper it registers is immutable and thread-safe.
 */
@Configuration
class StrictRiskRequestBodies implements WebMvcConfigurer {
    static final List<Class<?>> STRICT_TYPES = List.of(PaymentRequest.class, FinancingRequest.class);

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                JsonMapper strict = json.getMapper().rebuild()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
                for (Class<?> type : STRICT_TYPES) {
                    json.registerMappersForType(type, mappers -> mappers.put(MediaType.APPLICATION_JSON, strict));
                }
            }
        }
    }
}
