package dev.winnow.demo;

import java.awt.Color;
import java.util.List;

/**
 * A portrait scene, resolution-free: x positions are fractions of the image width, y positions fractions of
 * the height, figure sizes multiples of the head radius ({@link Figure#unit()} of the image height). Rendering
 * the same scene at stage 1, 2 and 3 sizes gives the same picture with more detail.
 */
record Scene(Backdrop backdrop, Figure figure, Face face, Face swappedFace, Grade grade, long grainSeed) {

    record Backdrop(Color top, Color bottom, double gradientAngle, Color floor, double floorY, List<Prop> props,
                    long textureSeed, double textureStrength) {
    }

    enum PropKind { WINDOW, LAMP, CURTAIN, FRAME, PLANT, STRIPES }

    record Prop(PropKind kind, double x, double y, double w, double h, Color color, Color accent, long seed) {
    }

    enum HairStyle { LONG, BOB, BUN, CURLY }

    enum TopStyle { CROP_TOP, TANK, DRESS }

    enum TopPattern { PLAIN, STRIPES, DOTS }

    enum BottomStyle { SKIRT, PANTS }

    /** Arm angles in radians from straight down, positive away from the body; the forearm angle is absolute. */
    record Arm(double upperAngle, double foreAngle) {
        static final double UPPER = 3.0;
        static final double FORE = 2.7;
    }

    record Figure(double cx, double headY, double unit, double bodyWidth, Color skin, Color hair, HairStyle hairStyle,
                  Color top, TopStyle topStyle, TopPattern pattern, Color patternColor, Color bottom,
                  BottomStyle bottomStyle, Arm left, Arm right, boolean necklace, boolean earrings, double navelDx) {

        static final double NAVEL_Y = 4.7;

        boolean navelVisible() {
            return topStyle == TopStyle.CROP_TOP;
        }

        /** Shoulder joint in figure units; side is -1 (image left) or +1. */
        double[] shoulder(int side) {
            return new double[] {side * 1.85 * bodyWidth, 2.0};
        }

        double[] elbow(int side) {
            Arm arm = arm(side);
            double[] s = shoulder(side);
            return new double[] {s[0] + side * Arm.UPPER * Math.sin(arm.upperAngle()), s[1] + Arm.UPPER * Math.cos(arm.upperAngle())};
        }

        double[] hand(int side) {
            Arm arm = arm(side);
            double[] e = elbow(side);
            return new double[] {e[0] + side * Arm.FORE * Math.sin(arm.foreAngle()), e[1] + Arm.FORE * Math.cos(arm.foreAngle())};
        }

        Arm arm(int side) {
            return side < 0 ? left : right;
        }
    }

    record Face(double eyeSpacing, double eyeY, double eyeSize, boolean almondEyes, Color iris, double browLift,
                double browTilt, double mouthY, double mouthWidth, double smile, double lipFullness, Color lips,
                Color tint, double noseLength, double blush) {
    }

    /** Stage-3 colour grading. */
    record Grade(double contrast, double saturation, double warmth, double lift) {
    }
}
