package dev.winnow.review;

import dev.winnow.learn.PastSets;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The curator's past sets alike each set under review, as the page shows them ({@link PastSets} is built once per
 * session, on the first page), and the files of those sets: the only files of other projects the page may load.
 */
final class PastSetsView {
    private final Store store;
    private final String projectId;
    private final Set<Long> offered = ConcurrentHashMap.newKeySet();
    private volatile Optional<PastSets> past;

    PastSetsView(Store store, String projectId) {
        this.store = store;
        this.projectId = projectId;
    }

    /** The alike sets of a set, null when there are none. */
    BatchPage.Past of(long setId) {
        Optional<PastSets.Alike> alike = sets().flatMap(p -> p.alike(setId));
        if (alike.isEmpty()) return null;
        List<BatchPage.PastSet> nearest = new ArrayList<>();
        for (PastSets.Past p : alike.get().nearest()) {
            offered.addAll(p.memberIds());
            nearest.add(new BatchPage.PastSet(p.setId(), p.projectId(), p.memberIds(), p.stages(), p.kept()));
        }
        return new BatchPage.Past(alike.get().step(), alike.get().counted(), alike.get().keptLower(), nearest);
    }

    /** Whether a file of another project belongs to a past set this session has shown. */
    boolean offered(long fileId) {
        return offered.contains(fileId);
    }

    private Optional<PastSets> sets() {
        Optional<PastSets> p = past;
        if (p == null) {
            synchronized (this) {
                if (past == null) {
                    List<String> all = new ProjectRepository(store).all().stream().map(r -> r.id()).toList();
                    past = PastSets.forProject(store, projectId, all);
                }
                p = past;
            }
        }
        return p;
    }
}
