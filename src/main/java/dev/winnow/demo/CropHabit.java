package dev.winnow.demo;

/** The ways the demo's curator crops; which one a picture gets depends on its shot (see {@link CropPlanner}). */
public enum CropHabit {
    /** Tight on face and upper body, down to about the chest or navel. */
    TIGHT_UPPER_BODY,
    /** Loose box centred on the visible subject. */
    LOOSE_SUBJECT,
    /** Anchored at the top edge, about 3/4 of the frame, head on the centre or a thirds line (the real median habit). */
    TOP_ANCHORED_THIRDS
}
