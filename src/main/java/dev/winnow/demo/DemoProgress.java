package dev.winnow.demo;

/** Told after each rendered set, in set order, on the thread that called the generator. */
@FunctionalInterface
public interface DemoProgress {
    DemoProgress NONE = (done, total) -> { };

    void setsDone(int done, int total);
}
