package dev.winnow.demo;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Renders a synthetic portrait scene from a seed at any size, in the look of a processing stage: stage 1
 * generated, 1.5 with a different face, 2 and 3 sharper with invented fine detail, 3 also colour-graded. The
 * scene is resolution-free, so the stages of one seed show the same picture. Used by the demo generator and by
 * benchmarks that need realistic images.
 */
public final class SceneRenderer {
    private SceneRenderer() {
    }

    /** The scene in the look of {@code stage}; stages after stage 1 carry the swapped face. */
    public static BufferedImage render(long sceneSeed, DemoStage stage, int width, int height) {
        return render(sceneSeed, stage, stage != DemoStage.GENERATED, width, height);
    }

    /**
     * As {@link #render(long, DemoStage, int, int)} for a stage set that did or did not go through the face swap
     * ({@code setHasFaceSwap}); stage 1 always shows the original face.
     */
    public static BufferedImage render(long sceneSeed, DemoStage stage, boolean setHasFaceSwap, int width, int height) {
        if (width < 8 || height < 8) throw new IllegalArgumentException("image too small: " + width + "x" + height);
        return render(SceneFactory.create(sceneSeed), Look.of(stage, setHasFaceSwap), width, height);
    }

    /** How a stage looks: which face and how much invented detail. */
    record Look(boolean faceSwapped, int detail) {
        static Look of(DemoStage stage, boolean setHasFaceSwap) {
            return new Look(stage != DemoStage.GENERATED && setHasFaceSwap, stage.detailLevel());
        }
    }

    static BufferedImage render(Scene scene, Look look, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        paint(scene, look, FigureEdit.NONE, img, new Rectangle(0, 0, width, height));
        return img;
    }

    /** Paints the scene into {@code img}, touching only pixels inside {@code clip}. */
    static void paint(Scene scene, Look look, FigureEdit edit, BufferedImage img, Rectangle clip) {
        Graphics2D g = img.createGraphics();
        try {
            g.setClip(clip);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            BackdropPainter.paint(g, scene.backdrop(), img, clip);
            FigurePainter.paint(g, scene.figure(), look.faceSwapped() ? scene.swappedFace() : scene.face(),
                    look.detail(), edit, scene.grainSeed(), img.getWidth(), img.getHeight());
        } finally {
            g.dispose();
        }
        NormBox focus = new FigureGeometry(scene.figure(), (double) img.getWidth() / img.getHeight()).body();
        PixelPasses.grain(img, clip, scene.grainSeed(), look.detail(), focus);
        if (look.detail() >= 2) PixelPasses.grade(img, clip, scene.grade());
    }
}
