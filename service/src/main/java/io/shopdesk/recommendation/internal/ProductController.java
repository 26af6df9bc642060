package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.RecommendationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Where product cards link to: a minimal product page, and the same product as JSON for other front ends. */
@RestController
class ProductController {
    private final RecommendationService recommendations;

    ProductController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/products/{sku}")
    ResponseEntity<Product> product(@PathVariable String sku) {
        return recommendations.catalogue().find(sku).map(ResponseEntity::ok)
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping(value = "/products/{sku}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String sku) {
        return recommendations.catalogue().find(sku)
                .map(p -> ResponseEntity.ok("<!doctype html><html><head><meta charset=\"utf-8\"><title>"
                        + HtmlUtils.htmlEscape(p.nameEn()) + "</title></head><body><h1>" + HtmlUtils.htmlEscape(p.nameEn())
                        + "</h1><p lang=\"zh\">" + HtmlUtils.htmlEscape(p.nameZh()) + "</p><p>¥" + p.price()
                        + "</p><p>" + (p.inStock() ? "In stock" : "Out of stock") + "</p></body></html>"))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("No product " + HtmlUtils.htmlEscape(sku)));
    }
}
