package dev.winnow.store;

import java.util.List;

/** A stage set with its members in stage order (lowest first). */
public record StageSetRow(long id, String projectId, String key, double topStage, List<FileRow> members) {

    public FileRow highest() {
        return members.get(members.size() - 1);
    }
}
