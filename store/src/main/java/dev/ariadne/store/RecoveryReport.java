package dev.ariadne.store;

import java.util.List;

/**
 * What opening a store found and did: whether the previous writer had crashed, how many
 * states added after the last checkpoint were dropped, and what Chronicle's recovery
 * repaired (after a {@code kill -9} it typically releases locks the dead process held).
 *
 * @param crashed          the previous writer did not close the store cleanly
 * @param droppedStates    states found after the checkpoint and removed
 * @param droppedTiers     tier files created after the checkpoint and deleted
 * @param fullScan         whether the rollback had to scan every map (see {@code docs/store.md})
 * @param corruptions      how many problems Chronicle's recovery reported and repaired
 * @param firstCorruptions the first few of those messages
 * @param millis           how long opening took
 */
public record RecoveryReport(boolean crashed, long droppedStates, int droppedTiers, boolean fullScan,
                             int corruptions, List<String> firstCorruptions, long millis) {
    public RecoveryReport {
        firstCorruptions = List.copyOf(firstCorruptions);
    }
}
