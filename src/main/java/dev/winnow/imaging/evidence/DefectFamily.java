package dev.winnow.imaging.evidence;

/**
 * Generic local defects planted into the upper image of normal steps, so that the learner sees breaks of kinds no
 * curator labelled (issue 14: self-supervised, as DRAEM and CutPaste do). Written from this list of families
 * alone; nothing here is taken from the demo generator, whose artifacts Winnow is judged on.
 */
public enum DefectFamily {
    /** A small structure smoothed away: a strong blur scaled to the region. */
    SMOOTH_AWAY("smooth_away"),
    /** The region filled from a heavy blur of its surroundings (its own pixels left out), as a crude inpainting. */
    INPAINT("inpaint"),
    /** A patch copied from elsewhere in the image. */
    DUPLICATE("duplicate"),
    /** The region swirled, or melted downwards with a wobble. */
    WARP("warp"),
    /** A colour cast: per-channel gains and offsets. */
    COLOUR_BLOTCH("colour_blotch"),
    /** One channel shifted a few pixels against the others. */
    COLOUR_BLEED("colour_bleed"),
    /** Gaussian noise, in luma or per channel. */
    NOISE_BURST("noise_burst"),
    /** Square blocks replaced by their means, on a grid of random size and phase. */
    BLOCKS("blocks"),
    /** A directional smear: the mean along a short line at a random angle. */
    SMEAR("smear"),
    /** Over-sharpening with halos: unsharp masking far past taste. */
    OVERSHARPEN("oversharpen");

    private final String key;

    DefectFamily(String key) {
        this.key = key;
    }

    /** The stable name stored with a planted variant. */
    public String key() {
        return key;
    }
}
