package dev.winnow.store;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stage sets and their members. A set keeps its id while its key (first member) and members stay the same. */
public final class SetRepository {
    private final Store store;

    public SetRepository(Store store) {
        this.store = store;
    }

    /** What a grouping pass produced: set key to member file ids in stage order. */
    /** What {@link #replaceWith} did to the stored sets. */
    public record Changes(int added, int changed, int removed) {
    }

    public record Grouping(Map<String, List<Long>> sets, Map<Long, Double> stageOf) {
    }

    /** Current membership per set key, in position order. */
    public Map<String, List<Long>> membership(String projectId) {
        return store.query(c -> {
            Map<String, List<Long>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.set_key, m.file_id FROM sets s JOIN set_members m ON m.set_id = s.id
                    WHERE s.project_id = ? ORDER BY s.id, m.position""")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            return out;
        });
    }

    /**
     * Makes the stored sets equal to the grouping, touching only sets that changed, and says how many stage sets (two
     * or more members; singles are sets of one and counted apart) that added, changed and removed.
     */
    public Changes replaceWith(String projectId, Grouping grouping) {
        Map<String, List<Long>> before = membership(projectId);
        return store.inTransaction(c -> {
            int added = 0, changed = 0, removed = 0;
            String now = Sql.now();
            try (PreparedStatement delSet = c.prepareStatement("DELETE FROM sets WHERE project_id = ? AND set_key = ?");
                 PreparedStatement delMembers = c.prepareStatement(
                         "DELETE FROM set_members WHERE set_id = (SELECT id FROM sets WHERE project_id = ? AND set_key = ?)");
                 PreparedStatement upsertSet = c.prepareStatement("""
                         INSERT INTO sets (project_id, set_key, top_stage, size, updated_at) VALUES (?, ?, ?, ?, ?)
                         ON CONFLICT(project_id, set_key) DO UPDATE SET top_stage = excluded.top_stage,
                           size = excluded.size, updated_at = excluded.updated_at
                         RETURNING id""");
                 PreparedStatement addMember = c.prepareStatement(
                         "INSERT INTO set_members (set_id, file_id, position) VALUES (?, ?, ?)")) {
                // Remove vanished sets and clear members of changed ones first: a file may move between sets.
                for (var e : before.entrySet()) {
                    List<Long> now2 = grouping.sets().get(e.getKey());
                    if (now2 == null) {
                        Sql.bind(delMembers, projectId, e.getKey());
                        delMembers.executeUpdate();
                        Sql.bind(delSet, projectId, e.getKey());
                        delSet.executeUpdate();
                        if (e.getValue().size() >= 2) removed++;
                    } else if (!now2.equals(e.getValue())) {
                        Sql.bind(delMembers, projectId, e.getKey());
                        delMembers.executeUpdate();
                    }
                }
                for (var e : grouping.sets().entrySet()) {
                    List<Long> old = before.get(e.getKey());
                    if (e.getValue().equals(old)) continue;
                    if (e.getValue().size() >= 2 || (old != null && old.size() >= 2)) {
                        if (old == null) added++;
                        else changed++;
                    }
                    List<Long> ids = e.getValue();
                    double top = grouping.stageOf().get(ids.get(ids.size() - 1));
                    Sql.bind(upsertSet, projectId, e.getKey(), top, ids.size(), now);
                    long setId;
                    try (ResultSet rs = upsertSet.executeQuery()) {
                        rs.next();
                        setId = rs.getLong(1);
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        Sql.bind(addMember, setId, ids.get(i), i);
                        addMember.addBatch();
                    }
                    addMember.executeBatch();
                }
            }
            return new Changes(added, changed, removed);
        });
    }

    /** Sets of a project with members, singles (sets of one) included, ordered by key; limit &lt;= 0 means all. */
    public List<StageSet> list(String projectId, int limit) {
        return list(projectId, 1, limit);
    }

    /** Stage sets of two or more members, ordered by key; limit &lt;= 0 means all. */
    public List<StageSet> stageSets(String projectId, int limit) {
        return list(projectId, 2, limit);
    }

    private List<StageSet> list(String projectId, int minSize, int limit) {
        return store.query(c -> {
            Map<Long, StageSet> sets = new LinkedHashMap<>();
            Map<Long, List<ImageFile>> members = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sets WHERE project_id = ? AND size >= " + minSize
                    + " ORDER BY set_key" + (limit > 0 ? " LIMIT " + limit : ""))) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        List<ImageFile> m = new ArrayList<>();
                        members.put(id, m);
                        sets.put(id, new StageSet(id, projectId, rs.getString("set_key"), rs.getDouble("top_stage"), m));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.set_id, f.* FROM set_members m JOIN files f ON f.id = m.file_id JOIN sets s ON s.id = m.set_id
                    WHERE s.project_id = ? ORDER BY m.set_id, m.position""")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<ImageFile> m = members.get(rs.getLong("set_id"));
                        if (m != null) m.add(FileRepository.row(rs));
                    }
                }
            }
            return new ArrayList<>(sets.values());
        });
    }

    public Optional<StageSet> byId(long setId) {
        return store.query(c -> {
            String projectId;
            try (PreparedStatement ps = c.prepareStatement("SELECT project_id, set_key, top_stage FROM sets WHERE id = ?")) {
                ps.setLong(1, setId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    projectId = rs.getString(1);
                    List<ImageFile> members = FileRepository.list(c, """
                            SELECT f.* FROM set_members m JOIN files f ON f.id = m.file_id
                            WHERE m.set_id = ? ORDER BY m.position""", setId);
                    return Optional.of(new StageSet(setId, projectId, rs.getString(2), rs.getDouble(3), members));
                }
            }
        });
    }

    /** The set a file belongs to, if any. */
    public Optional<Long> setOf(long fileId) {
        return store.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_id FROM set_members WHERE file_id = ?")) {
                ps.setLong(1, fileId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Present images in no stage set: sets of one (and, in a store not rescanned since they were, files in no set). */
    public List<ImageFile> singles(String projectId, int limit) {
        return store.query(c -> FileRepository.list(c, "SELECT f.* FROM files f WHERE f.project_id = ? AND f.state = 'present' AND "
                + SINGLE + " ORDER BY f.rel_path" + (limit > 0 ? " LIMIT " + limit : ""), projectId));
    }

    /** A file {@code f} that is a single: in no set of two or more. */
    static final String SINGLE = """
            NOT EXISTS (SELECT 1 FROM set_members m JOIN sets s ON s.id = m.set_id WHERE m.file_id = f.id AND s.size >= 2)""";
}
