/**
 * Small types every package shares: crop boxes, problems (what was skipped and why), progress, run summaries,
 * stopwatches. Uses nothing of Winnow's.
 */
package dev.winnow.common;
