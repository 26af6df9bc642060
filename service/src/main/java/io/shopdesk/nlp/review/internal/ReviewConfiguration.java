package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.review.ReviewSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link ReviewSettings}. */
@Configuration
@EnableConfigurationProperties(ReviewSettings.class)
class ReviewConfiguration {
}
