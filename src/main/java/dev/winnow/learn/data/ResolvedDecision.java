package dev.winnow.learn.data;

import dev.winnow.common.CropBox;

/**
 * The decision that counts for one set after preferring review over history over log: the kept member (index into
 * the set, or -1 when the whole set was rejected or the winner is unknown), the crop when known, and why a set
 * cannot be used for the pick ({@code unusable}, null when it can).
 */
record ResolvedDecision(int chosen, CropBox crop, String source, String unusable) {
}
