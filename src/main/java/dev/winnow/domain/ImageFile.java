package dev.winnow.domain;

/**
 * One image file of a project as the catalog last saw it: where it is (paths relative to the project root,
 * '/'-separated), its size and modification time (how a rescan knows it changed), what its header and name say
 * (pixel size, format, stage, timestamp), its content hash once decoded, and whether it is still there.
 */
public record ImageFile(long id, String projectId, String relPath, String name, String stem, String ext, long size,
                        long mtime, Integer width, Integer height, String format, double stage, String stageLabel,
                        String nameTime, String contentHash, FileState state) {

    public boolean present() {
        return state == FileState.PRESENT;
    }

    /** The same file under the id the store gave it. */
    public ImageFile withId(long newId) {
        return new ImageFile(newId, projectId, relPath, name, stem, ext, size, mtime, width, height, format, stage,
                stageLabel, nameTime, contentHash, state);
    }

    /** A file not stored yet (id 0), at this path of the project; present unless said otherwise. */
    public static Builder at(String projectId, String relPath) {
        return new Builder(projectId, relPath);
    }

    /** Names each of a file's many fields as it is catalogued; what is not given stays unknown (null, 0). */
    public static final class Builder {
        private final String projectId;
        private final String relPath;
        private String name;
        private String stem;
        private String ext;
        private long size;
        private long mtime;
        private Integer width;
        private Integer height;
        private String format;
        private double stage;
        private String stageLabel;
        private String nameTime;
        private String contentHash;
        private FileState state = FileState.PRESENT;

        private Builder(String projectId, String relPath) {
            this.projectId = projectId;
            this.relPath = relPath;
        }

        public Builder name(String fileName, String fileStem, String extension) {
            name = fileName;
            stem = fileStem;
            ext = extension;
            return this;
        }

        /** Size in bytes and modification time: how a rescan knows the file changed. */
        public Builder file(long bytes, long modified) {
            size = bytes;
            mtime = modified;
            return this;
        }

        /** What the header says; null where it could not be read. */
        public Builder header(Integer pixelWidth, Integer pixelHeight, String imageFormat) {
            width = pixelWidth;
            height = pixelHeight;
            format = imageFormat;
            return this;
        }

        /** The stage and timestamp the name carries (label null when the stage is unknown). */
        public Builder stage(double value, String label, String time) {
            stage = value;
            stageLabel = label;
            nameTime = time;
            return this;
        }

        public Builder contentHash(String hash) {
            contentHash = hash;
            return this;
        }

        public Builder state(FileState s) {
            state = s;
            return this;
        }

        public ImageFile build() {
            return new ImageFile(0, projectId, relPath, name, stem, ext, size, mtime, width, height, format, stage,
                    stageLabel, nameTime, contentHash, state);
        }
    }
}
