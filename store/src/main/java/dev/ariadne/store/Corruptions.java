package dev.ariadne.store;

import net.openhft.chronicle.hash.ChronicleHashCorruption;

import java.util.ArrayList;
import java.util.List;

/** Collects what Chronicle's recovery reports instead of letting it log warnings. */
final class Corruptions implements ChronicleHashCorruption.Listener {
    int count;
    final List<String> first = new ArrayList<>();

    @Override
    public void onCorruption(ChronicleHashCorruption corruption) {
        count++;
        if (first.size() < 5) {
            first.add(corruption.message());
        }
    }
}
