package dev.winnow.domain;

/** A registered project: its id, title, root folder and the manifest dates when it came from one. */
public record Project(String id, String title, String root, String status, String createdAt, String startedAt,
                      String finishedAt, String manifestJson, String addedAt) {
}
