package io.shopdesk.nlp;

import java.util.List;

/** The keys the shipped stages exchange. Stages declare them in {@code requires()} and {@code provides()}. */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Keys {
    public static final Key<Language> LANGUAGE = new Key<>("language", Language.class);
    public static final Key<Boolean> LANGUAGE_EVIDENT = new Key<>("languageEvident", Boolean.class);
    public static final Key<String> LANGUAGE_CODE = new Key<>("languageCode", String.class);
    public static final Key<Boolean> MIXED_LANGUAGE = new Key<>("mixedLanguage", Boolean.class);
    public static final Key<List<Token>> TOKENS = new Key<>("tokens", (Class) List.class);
    public static final Key<List<Entity>> ENTITIES = new Key<>("entities", (Class) List.class);
    public static final Key<List<Entity>> NAMED_ENTITIES = new Key<>("namedEntities", (Class) List.class);
    public static final Key<IntentPrediction> INTENT = new Key<>("intent", IntentPrediction.class);

    private Keys() {
    }
}
