package dev.winnow.history;

import dev.winnow.catalog.ImageName;
import dev.winnow.catalog.StageSetGrouper;

import java.util.ArrayList;
import java.util.List;

/** Groups the original source's images into stage sets with the catalog's nearest-up rule; singles stay one-member sets. */
final class OriginalGroups {
    private OriginalGroups() {
    }

    static List<OriginalSet> group(List<SourceEntry> originals) {
        List<StageSetGrouper.Item> items = new ArrayList<>(originals.size());
        for (int i = 0; i < originals.size(); i++) {
            SourceEntry e = originals.get(i);
            ImageName n = ImageName.parse(e.name());
            items.add(new StageSetGrouper.Item(i, e.folder(), n.time(), n.stage(), e.name()));
        }
        StageSetGrouper.Result r = new StageSetGrouper().group(items);
        List<OriginalSet> out = new ArrayList<>();
        for (List<StageSetGrouper.Item> s : r.sets()) {
            List<SourceEntry> members = s.stream().map(it -> originals.get((int) it.id())).toList();
            out.add(new OriginalSet(members.get(0).path(), members));
        }
        for (StageSetGrouper.Item it : r.singles()) {
            SourceEntry e = originals.get((int) it.id());
            out.add(new OriginalSet(e.path(), List.of(e)));
        }
        return out;
    }
}
