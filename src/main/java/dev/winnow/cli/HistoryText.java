package dev.winnow.cli;

import dev.winnow.history.BindReport;
import dev.winnow.history.MergeReport;

/** Text shared by the history commands: binding and merge lines. */
final class HistoryText {
    private HistoryText() {
    }

    static String binding(BindReport b) {
        if (!b.projectRegistered()) {
            return String.format("  %s: not registered yet, %,d decisions pending (they bind when `winnow scan %s` finds the files)",
                    b.projectId(), b.stillPending(), b.projectId());
        }
        return String.format("  %s: bound %,d decisions to catalogued files (%,d pixel boxes normalized), %,d still pending",
                b.projectId(), b.bound(), b.boxesNormalized(), b.stillPending());
    }

    static void merge(Output o, MergeReport m, int show) {
        if (m.merged() == 0 && m.boxesFilled() == 0 && m.conflicts().isEmpty()) return;
        o.say(String.format("  %s: %,d history decisions merged with log decisions, %,d log boxes filled from history, %,d conflicts",
                m.projectId(), m.merged(), m.boxesFilled(), m.conflicts().size()));
        m.conflicts().stream().limit(show).forEach(p -> o.say("    conflict " + p));
    }
}
