package dev.winnow.history;

import dev.winnow.common.Excerpt;
import dev.winnow.domain.ProjectId;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which project a log row belongs to when no --project is given: a project column, the first folder of the
 * {@code directory} column ("crop/hannah" is project "crop"), or a session id such as "mojo1_historical".
 */
final class LogProjects {
    private static final Pattern SESSION = Pattern.compile("^(.+?)_(historical_extraction|historical|extraction|selection)$");

    private LogProjects() {
    }

    /** The project the row names, or null when it names none. */
    static String fromRow(RowFields row) {
        String p = row.optional("project_id");
        if (p == null) p = row.optional("project");
        if (p == null && row.optional("directory") != null) p = firstSegment(row.optional("directory"));
        if (p == null && row.optional("session_id") != null) {
            Matcher m = SESSION.matcher(row.optional("session_id"));
            if (m.matches()) p = m.group(1);
        }
        return p;
    }

    private static String firstSegment(String dir) {
        for (String part : dir.split("[/\\\\]")) {
            if (!part.isBlank() && !part.equals(".") && !part.equals("PROJECT_ROOT")) return part.strip();
        }
        return null;
    }

    static String require(String project) throws RowRejected {
        if (project == null) throw new RowRejected("no-project", "the row names no project; pass --project ID");
        if (!ProjectId.isValid(project)) {
            throw new RowRejected("bad-project", "project '" + Excerpt.of(project) + "' is not a valid id (letters, digits, '.', '_', '-')");
        }
        return project;
    }
}
