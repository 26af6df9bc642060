package io.shopdesk.risk.internal;

/** Whether an allow or block list holds a value: what the facts builders ask of the lists. Thread-safe. */
public interface ListLookup {

    /** Whether the list named {@code list} ({@code blocked-devices}) holds {@code value} (null: no). */
    boolean contains(String list, String value);
}
