package dev.winnow.demo;

/** Long side of the stage-1 images; stage 2 is twice, stage 3 three times that. */
public enum DemoScale {
    /** For tests and quick smoke runs only. */
    SMALL(160),
    DEFAULT(512),
    FULL(1024);

    private final int stage1LongSide;

    DemoScale(int stage1LongSide) {
        this.stage1LongSide = stage1LongSide;
    }

    public int stage1LongSide() {
        return stage1LongSide;
    }
}
