package dev.winnow.store;

/** A project as stored: its id, title, root folder and the manifest dates when it came from one. */
public record ProjectRow(String id, String title, String root, String status, String createdAt, String startedAt,
                         String finishedAt, String manifestJson, String addedAt) {
}
