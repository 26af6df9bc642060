package io.shopdesk.escalation;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an action once the current transaction has committed, or at once outside one: an escalation's change is
 * announced to the agents' console only when it is stored, so a console never reloads a queue without it. Stateless
 * and thread-safe.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code action} after the current transaction commits (not at all if it rolls back), or now without one. */
    static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
