/**
 * Step evidence (issue 14): for each consecutive pair of a stage set's members, what a robust global model of the
 * step's own change (colour mix, tone curves, sharpening bands) cannot explain, as full-resolution residual maps
 * summarised into 56 numbers and pooled into 8-px tiles, for the clean step and for generic local defects
 * planted into its upper image; and content descriptors of the lower image per tile, from which the learner
 * models the residual a step legitimately leaves. Front door: {@link dev.winnow.imaging.evidence.StepEvidenceMapper}.
 * Uses common and imaging.
 */
package dev.winnow.imaging.evidence;
