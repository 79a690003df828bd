package dev.winnow.demo;

import java.time.LocalDateTime;
import java.util.List;

/** The full plan of one project: its sets in time order and a few stray files with an unknown stage. */
record ProjectPlan(DemoProjectSpec spec, long seed, List<SetPlan> sets, List<Stray> strays) {

    ProjectPlan {
        sets = List.copyOf(sets);
        strays = List.copyOf(strays);
    }

    /** A file the pipeline left behind that belongs to no stage set (stage 0). */
    record Stray(String fileName, LocalDateTime time, long sceneSeed, int width, int height) {
        String stem() {
            return fileName.substring(0, fileName.lastIndexOf('.'));
        }
    }

    String id() {
        return spec.id();
    }
}
