package dev.winnow.domain;

import java.util.List;

/** One generation's images across its processing stages: the members in stage order (lowest first). */
public record StageSet(long id, String projectId, String key, double topStage, List<ImageFile> members) {

    public ImageFile highest() {
        return members.get(members.size() - 1);
    }
}
