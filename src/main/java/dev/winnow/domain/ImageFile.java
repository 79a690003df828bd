package dev.winnow.domain;

/**
 * One image file of a project as the catalog last saw it: where it is (paths relative to the project root,
 * '/'-separated), its size and modification time (how a rescan knows it changed), what its header and name say
 * (pixel size, format, stage, timestamp), its content hash once decoded, and whether it is still there.
 */
public record ImageFile(long id, String projectId, String relPath, String name, String stem, String ext, long size,
                        long mtime, Integer width, Integer height, String format, double stage, String stageLabel,
                        String nameTime, String contentHash, String state) {

    public boolean present() {
        return "present".equals(state);
    }
}
