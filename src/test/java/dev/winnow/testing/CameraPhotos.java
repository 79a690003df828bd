package dev.winnow.testing;

import dev.winnow.demo.DemoStage;
import dev.winnow.demo.SceneRenderer;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.util.Arrays;

/** A camera's photos for photo-only projects: IMG_0001.jpg … as the demo paints scenes, and the ones a curator throws out. */
public final class CameraPhotos {
    public static final int WIDTH = 200;
    public static final int HEIGHT = 292;
    private static final int BLUR = 9;

    private CameraPhotos() {
    }

    public static String name(int i) {
        return String.format("IMG_%04d.jpg", i);
    }

    public static BufferedImage photo(int i) {
        return SceneRenderer.render(i, DemoStage.GENERATED, WIDTH, HEIGHT);
    }

    /** The photo out of focus and under-exposed: what a curator rejects on sight. */
    public static BufferedImage dull(BufferedImage photo) {
        float[] box = new float[BLUR * BLUR];
        Arrays.fill(box, 1f / box.length);
        BufferedImage blurred = new ConvolveOp(new Kernel(BLUR, BLUR, box), ConvolveOp.EDGE_NO_OP, null).filter(photo, null);
        return new RescaleOp(0.45f, 0, null).filter(blurred, null);
    }
}
