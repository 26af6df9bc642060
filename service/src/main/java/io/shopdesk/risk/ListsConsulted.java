package io.shopdesk.risk;

import java.util.List;
import java.util.Map;

/**
 * Which allow and block lists ({@code rules/risk/lists/*.csv}) a decision consulted, each at which version, and the
 * entries that matched: the rule-set version names the rule files only, and a list changes without making a new one,
 * so without this an auditor could tell which list entry declined a payment only by its time. Immutable.
 *
 * @param versions each consulted list that exists, by name ({@code blocked-devices}), with its version: the first 12
 *                 hex digits of the file's SHA-256 ({@code sha256sum rules/risk/lists/blocked-devices.csv})
 * @param matched  the entries that held the decision's values, in list order; empty when none did
 */
public record ListsConsulted(Map<String, String> versions, List<Entry> matched) {

    /**
     * One entry of a list that held a value of the decision.
     *
     * @param list    the list's name ({@code blocked-devices})
     * @param value   the value it held ({@code dev-123})
     * @param version the list's version when it matched (see {@link ListsConsulted#versions})
     * @param line    the entry's line in the file, from 1
     * @param text    the whole line, with the note beside the value
     *                ({@code dev-123,# 2026-12-07 Li Wei: chargeback CB-1001 (decision 0f3c…)})
     */
    public record Entry(String list, String value, String version, int line, String text) {
    }
}
