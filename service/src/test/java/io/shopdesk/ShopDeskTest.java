package io.shopdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port with the real rules, models, knowledge base and a fresh in-memory H2 database
 * (PostgreSQL mode, Flyway-migrated and seeded). CoreNLP (entities and English sentiment) is off: their own tests cover them, and loading it in every
 * context would only slow the suite. Tests sharing this annotation share one context. Its clock is the system's
 * unless a test pins it ({@link PinnableClock}). The contexts of these tests share one in-memory database and each
 * keeps its own agents' presence, so a context starting must not take the chats another context's agents hold for
 * chats left by a restart ({@code shopdesk.escalation.requeue-held-at-start=false}; {@code EscalationRestartIT}
 * restarts a service on a file database for that), nor count another context's agents as its own
 * ({@code shopdesk.escalation.shared-presence=false}: an agent whose console one test closed would stay present for
 * another test's context until the first context's grace ends; {@code PresenceAcrossInstancesIT} shares it on a file
 * database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:shopdesk-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shopdesk.nlp.core-nlp=false",
        "shopdesk.escalation.english-sentiment=off",
        "shopdesk.escalation.requeue-held-at-start=false",
        "shopdesk.escalation.shared-presence=false",
        "shopdesk.chat.burst=20",
        "shopdesk.chat.per-second=5",
        "shopdesk.chat.identity-secret=" + ShopDeskTest.IDENTITY_SECRET
})
@Import(PinnableClock.Config.class)
public @interface ShopDeskTest {
    /** The secret these tests' shop signs shopper identities with ({@code shopdesk.chat.identity-secret}). */
    String IDENTITY_SECRET = "test-identity-secret";
}
