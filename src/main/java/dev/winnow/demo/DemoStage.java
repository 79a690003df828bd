package dev.winnow.demo;

/**
 * The processing stages the demo produces, with the file-name suffix the user's pipeline writes and the size
 * factor relative to stage 1 (stage 2 doubles the generated size, stage 3 triples it).
 */
public enum DemoStage {
    GENERATED(1.0, "stage1_generated", 1),
    FACE_SWAPPED(1.5, "stage1.5_face_swapped", 1),
    UPSCALED(2.0, "stage2_upscaled", 2),
    ENHANCED(3.0, "stage3_enhanced", 3);

    private final double value;
    private final String label;
    private final int sizeFactor;

    DemoStage(double value, String label, int sizeFactor) {
        this.value = value;
        this.label = label;
        this.sizeFactor = sizeFactor;
    }

    public double value() {
        return value;
    }

    public String label() {
        return label;
    }

    public int sizeFactor() {
        return sizeFactor;
    }

    /** How much invented detail the stage carries: 0 generated, 1 upscaled, 2 enhanced. */
    int detailLevel() {
        return switch (this) {
            case GENERATED, FACE_SWAPPED -> 0;
            case UPSCALED -> 1;
            case ENHANCED -> 2;
        };
    }
}
