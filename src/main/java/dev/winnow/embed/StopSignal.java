package dev.winnow.embed;

/**
 * Asked before each unit of work starts, with the number of units started so far; once it says stop, no new unit
 * starts (those under way finish and are committed) and the run reports itself stopped.
 */
@FunctionalInterface
public interface StopSignal {
    boolean stopRequested(long unitsStarted);

    static StopSignal never() {
        return started -> false;
    }

    /** Stops once a number of units have started: how tests interrupt a run at a known point. */
    static StopSignal after(long units) {
        return started -> started >= units;
    }
}
