package dev.winnow.store;

/** A file that belongs to an image by sharing its stem (.yaml, .caption, .txt, ...). */
public record CompanionRow(long fileId, String relPath, long size, long mtime) {
}
