package dev.winnow.embed;

import dev.winnow.domain.ImageFile;

import java.util.List;

/** One stage set (members lowest stage first) or one single image: the unit that is decoded and committed together. */
record WorkUnit(Long setId, List<ImageFile> members) {
    boolean isSet() {
        return setId != null;
    }

    List<Double> stages() {
        return members.stream().map(ImageFile::stage).toList();
    }
}
