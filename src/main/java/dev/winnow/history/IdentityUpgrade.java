package dev.winnow.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.store.DecisionRepository;
import dev.winnow.domain.Decision;
import dev.winnow.store.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-identifies log decisions an earlier Winnow stored under a hash of their raw cells ("log:...") by their meaning
 * ({@link DecisionIdentity}), once per store, before the next import compares identities. The identity is recomputed
 * from the row as it was logged (kept in the decision's raw JSON), not from the stored fields, which a scan or a
 * history run may have completed since. Every row is kept: a decision that repeats an earlier one (the same rows
 * imported again with other columns or quoting) gets the shared identity plus "#id", so nothing is merged or lost
 * here; the merger already counts such repeats once.
 */
final class IdentityUpgrade {
    /** How many stored decisions got an identity by meaning, and how many of them repeat another one. */
    record Result(int reidentified, int repeatsKept) {
    }

    private static final ObjectMapper JSON = Jackson.mapper();
    private final Store store;
    private final DecisionRepository decisions;

    IdentityUpgrade(Store store) {
        this.store = store;
        this.decisions = new DecisionRepository(store);
    }

    Result run() {
        List<Decision> old = decisions.withFingerprintPrefix("log", DecisionIdentity.OLD_PREFIX);
        if (old.isEmpty()) return new Result(0, 0);
        return store.inTransaction(c -> {
            Set<String> taken = new HashSet<>(decisions.fingerprintsWithPrefix(DecisionIdentity.PREFIX));
            int repeats = 0;
            for (Decision d : old) {
                String id = identity(d);
                if (!taken.add(id)) {
                    id = id + "#" + d.id();
                    taken.add(id);
                    repeats++;
                }
                decisions.setFingerprint(d.id(), id);
            }
            return new Result(old.size(), repeats);
        });
    }

    /** The identity a fresh import of the decision's logged row gives; from the stored fields when that row is gone. */
    static String identity(Decision d) {
        DecisionDraft draft = loggedDraft(d.rawJson());
        if (draft != null) return LogImporter.identity(d.projectId(), draft);
        return DecisionIdentity.of(d.projectId(), d.setRef(), d.chosenName(), d.loserNames(), d.cropState(), d.crop(),
                null, d.loggedAt() == null ? null : LogTime.normalizeStored(d.loggedAt()));
    }

    private static DecisionDraft loggedDraft(String rawJson) {
        if (rawJson == null) return null;
        try {
            JsonNode raw = JSON.readTree(rawJson);
            JsonNode row = raw.get("row");
            LogFormat format = LogFormat.byId(raw.path("format").asText(null)).orElse(null);
            if (row == null || !row.isObject() || format == null) return null;
            List<String> header = new ArrayList<>(), cells = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                header.add(e.getKey());
                cells.add(e.getValue().asText(""));
            }
            return LogRows.convert(format, new RowFields(header, cells));
        } catch (IOException | RowRejected e) {
            return null;
        }
    }
}
