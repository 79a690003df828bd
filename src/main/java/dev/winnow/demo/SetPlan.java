package dev.winnow.demo;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything decided about one stage set before any pixel is drawn: its files, its scene, whether a stage is
 * broken, what the curator kept, how they cropped and delivered it, and whether the logs saw it.
 *
 * @param artifactFrom index of the first member carrying the artifact (it and all later members), or -1
 * @param winner index of the kept member, or -1 when the curator rejected the whole set
 * @param crop pixel box in the winner's coordinates, or null when not cropped
 */
record SetPlan(int index, String setId, long sceneSeed, List<Member> members, Artifact artifact, int artifactFrom,
               int winner, CropBox crop, FinalPlan finalPlan, boolean logged, boolean rootPrefixedPaths,
               long textSeed) {

    SetPlan {
        members = List.copyOf(members);
    }

    record Member(DemoStage stage, String label, String fileName, LocalDateTime time, int width, int height,
                  List<String> companionExts) {
        Member {
            companionExts = List.copyOf(companionExts);
        }

        String stem() {
            return fileName.substring(0, fileName.lastIndexOf('.'));
        }
    }

    /** Integer pixel box, x2/y2 exclusive. */
    record CropBox(int x1, int y1, int x2, int y2) {
        int width() {
            return x2 - x1;
        }

        int height() {
            return y2 - y1;
        }
    }

    enum Format {
        PNG("png", ".png"), JPEG("jpeg", ".jpg");

        final String imageIoName;
        final String extension;

        Format(String imageIoName, String extension) {
            this.imageIoName = imageIoName;
            this.extension = extension;
        }
    }

    record FinalPlan(String fileName, Format format, int width, int height, boolean renamed) {
        String stem() {
            return fileName.substring(0, fileName.lastIndexOf('.'));
        }
    }

    boolean faceSwapped() {
        return members.stream().anyMatch(m -> m.stage() == DemoStage.FACE_SWAPPED);
    }

    boolean kept() {
        return winner >= 0;
    }

    boolean anomaly() {
        return artifact != null;
    }

    Member winnerMember() {
        return members.get(winner);
    }

    boolean carriesArtifact(int memberIndex) {
        return artifactFrom >= 0 && memberIndex >= artifactFrom;
    }

    /** The highest-stage member the curator did not keep, or null (singles). */
    Member bestRejected() {
        for (int i = members.size() - 1; i >= 0; i--) {
            if (i != winner) return members.get(i);
        }
        return null;
    }

    /** The time the set was finished: its last stage file. */
    LocalDateTime finishedAt() {
        return members.get(members.size() - 1).time();
    }
}
