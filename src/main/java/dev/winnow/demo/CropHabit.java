package dev.winnow.demo;

/** How one curator tends to crop; each demo project uses one habit plus per-set jitter. */
public enum CropHabit {
    /** Tight on face and upper body, down to about the chest or navel. */
    TIGHT_UPPER_BODY,
    /** Loose box centred on the visible subject. */
    LOOSE_SUBJECT,
    /** Anchored at the top edge, about 3/4 of the frame, head on the centre or a thirds line (the real median habit). */
    TOP_ANCHORED_THIRDS
}
