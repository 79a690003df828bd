package dev.winnow.history;

import dev.winnow.catalog.ImageName;

import java.util.List;

/** A stage set found in the original source (or a single image: one member), members lowest stage first. */
record OriginalSet(String key, List<SourceEntry> members) {
    boolean single() {
        return members.size() == 1;
    }

    List<String> names() {
        return members.stream().map(SourceEntry::name).toList();
    }

    double stageOf(int i) {
        return ImageName.parse(members.get(i).name()).stage().value();
    }

    /** Members {@code from} (inclusive) to {@code to} (exclusive) as a set of their own, known by its first member. */
    OriginalSet slice(int from, int to) {
        List<SourceEntry> part = List.copyOf(members.subList(from, to));
        return new OriginalSet(part.get(0).path(), part);
    }

    /** The highest stage: the member most finals come from, used when nothing else says which. */
    int top() {
        return members.size() - 1;
    }
}
