package dev.winnow.demo;

import java.awt.Color;

/**
 * One planned defect: its kind, the region it stays inside (normalized, same for every stage it affects), and
 * its parameters. Kinds that draw something wrong use {@code edit}; kinds that damage pixels use strength, angle,
 * tint and seed.
 */
record Artifact(ArtifactKind kind, NormBox region, FigureEdit edit, double strength, double angle, Color tint,
                long seed) {

    boolean redrawsFigure() {
        return !edit.equals(FigureEdit.NONE);
    }
}
