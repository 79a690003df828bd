package dev.winnow.learn.data;

import java.util.List;

/** One split: models learn from {@code train} only and are judged on {@code test}. */
public record Fold(String name, List<SetExample> train, List<SetExample> test) {
    public Fold {
        train = List.copyOf(train);
        test = List.copyOf(test);
    }
}
