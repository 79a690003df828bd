package dev.winnow.demo;

/** Small, local defects a processing stage can introduce (the reason a curator keeps a lower stage). */
public enum ArtifactKind {
    SMEARED_FACE,
    MISSING_NAVEL,
    EXTRA_LIMB,
    DUPLICATED_FEATURE,
    COLOUR_BLEED,
    LOCAL_BLUR,
    WARPED_REGION
}
