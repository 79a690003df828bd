package dev.winnow.store;

/** One image file of a project as the catalog last saw it. Paths are relative to the project root, '/'-separated. */
public record FileRow(long id, String projectId, String relPath, String name, String stem, String ext, long size,
                      long mtime, Integer width, Integer height, String format, double stage, String stageLabel,
                      String nameTime, String contentHash, String state) {

    public boolean present() {
        return "present".equals(state);
    }
}
