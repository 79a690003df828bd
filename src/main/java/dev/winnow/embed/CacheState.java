package dev.winnow.embed;

import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.ChangeMapper;
import dev.winnow.imaging.ExifOrientation;
import dev.winnow.imaging.SubjectProfile;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.StepEvidenceRepository;
import dev.winnow.store.Store;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the store already holds for one run (one project, one embedder), loaded once and updated as units commit,
 * so that planning a unit needs no query and a finished unit is never planned again.
 */
final class CacheState {
    private final Set<String> content = ConcurrentHashMap.newKeySet();
    private final Set<String> vectors = ConcurrentHashMap.newKeySet();
    private final Map<String, Problem> failures = new ConcurrentHashMap<>();
    private final Map<Long, String> setSignatures = new ConcurrentHashMap<>();
    private final Map<Long, String> evidenceSignatures = new ConcurrentHashMap<>();
    private final Set<String> sideways = ConcurrentHashMap.newKeySet();

    static CacheState load(Store store, String projectId, String embedderId) {
        CacheState s = new CacheState();
        ContentRepository content = new ContentRepository(store);
        // Content measured by an older subject profile counts as missing, so it is decoded (once) again.
        s.content.addAll(content.hashesWith(SubjectProfile.VERSION_KEY, SubjectProfile.VERSION));
        s.vectors.addAll(new EmbeddingRepository(store).hashesFor(embedderId));
        s.failures.putAll(new DecodeFailureRepository(store).all());
        s.setSignatures.putAll(new ChangeFeatureRepository(store).signatures(projectId, ChangeMapper.VERSION));
        s.evidenceSignatures.putAll(new StepEvidenceRepository(store).signatures(projectId, StepEvidenceMapper.VERSION));
        // JPEG content measured before EXIF Orientation was honoured may be sideways: its facts, thumbnail, vector
        // and change maps are all made again once (the hash cannot tell, the bytes did not change).
        s.sideways.addAll(content.hashesLacking(ExifOrientation.UPRIGHT_KEY, "jpeg"));
        s.content.removeAll(s.sideways);
        s.vectors.removeAll(s.sideways);
        return s;
    }

    boolean hasContent(String hash) {
        return content.contains(hash);
    }

    boolean hasVector(String hash) {
        return vectors.contains(hash);
    }

    Problem failure(String hash) {
        return failures.get(hash);
    }

    /** True for content cached in the stored frame of a JPEG: nothing derived from its pixels may be reused. */
    boolean sideways(String hash) {
        return sideways.contains(hash);
    }

    String setSignature(long setId) {
        return setSignatures.get(setId);
    }

    /** The content signature the set's stored step evidence belongs to, or null. */
    String evidenceSignature(long setId) {
        return evidenceSignatures.get(setId);
    }

    /** True when nothing is left to do for the unit: no file needs reading. */
    boolean complete(WorkUnit unit, Embedder embedder) {
        for (ImageFile f : unit.members()) {
            String h = f.contentHash();
            if (h == null) return false;
            if (failures.containsKey(h)) continue;
            if (!content.contains(h)) return false;
            if (embedder.covers(f, h) && !vectors.contains(h)) return false;
        }
        return !unit.isSet()
                || ContentHash.setSignature(ChangeMapper.VERSION, unit.members()).equals(setSignatures.get(unit.setId()))
                && (unit.members().size() < 2 || ContentHash.setSignature(StepEvidenceMapper.VERSION, unit.members())
                        .equals(evidenceSignatures.get(unit.setId())));
    }

    void committed(UnitResult r) {
        for (UnitResult.Member m : r.members()) {
            if (m.content() != null) {
                content.add(m.hash());
                sideways.remove(m.hash());
            }
            if (m.vector() != null) vectors.add(m.hash());
            if (m.decodeFailure() != null) failures.put(m.hash(), m.decodeFailure());
        }
        if (r.change() != null) setSignatures.put(r.unit().setId(), r.change().signature());
        if (r.evidence() != null) evidenceSignatures.put(r.unit().setId(), r.evidence().signature());
    }
}
