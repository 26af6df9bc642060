package io.shopdesk.risk.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Risk officers by name ({@code shopdesk.risk.officers}), so that the history, the drafts and the list files say who
 * changed the rules ({@code Li Wei}) rather than a hash of a key. Each is given by name and either the key itself
 * ({@code key}) or, so that the key need not sit in the configuration, the hex SHA-256 of it ({@code key-sha256},
 * from {@code printf %s "$KEY" | sha256sum}). A named officer's key is an officer's key: it need not be listed in
 * {@code shopdesk.risk.officer-keys} too. A key of {@code officer-keys} with no name here (the dev default) is
 * recorded as {@code officer:} and 8 hex digits of its SHA-256, as before. Bad entries stop the start-up with the
 * reason. Immutable.
 */
@ConfigurationProperties("shopdesk.risk")
record RiskOfficerSettings(List<Officer> officers) {
    static final int MAX_NAME = 60;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl},#:]+");

    /** A named officer: {@code key} or {@code keySha256}, not both. */
    record Officer(String name, String key, String keySha256) {
    }

    RiskOfficerSettings {
        officers = officers == null ? List.of() : List.copyOf(officers);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < officers.size(); i++) {
            Officer officer = officers.get(i);
            String at = "shopdesk.risk.officers[" + i + "]";
            String name = officer.name() == null ? "" : officer.name().strip();
            if (name.isEmpty() || name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(at + ".name: required, at most " + MAX_NAME
                        + " characters, no comma, colon, '#' or line break (it is written into list files and origins)");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(at + ".name: '" + name + "' is given twice");
            }
            boolean key = officer.key() != null && !officer.key().isBlank();
            boolean hash = officer.keySha256() != null && !officer.keySha256().isBlank();
            if (key == hash) {
                throw new IllegalArgumentException(at + ": give key or key-sha256 (one of them)");
            }
            if (hash && !SHA256.matcher(officer.keySha256().strip()).matches()) {
                throw new IllegalArgumentException(at + ".key-sha256: 64 hex digits, the SHA-256 of the key");
            }
        }
    }
}
