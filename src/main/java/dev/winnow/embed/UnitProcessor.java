package dev.winnow.embed;

import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.ChangeMap;
import dev.winnow.imaging.ChangeMapper;
import dev.winnow.imaging.DecodeException;
import dev.winnow.imaging.ImageAnalyzer;
import dev.winnow.imaging.ImageDecoder;
import dev.winnow.imaging.ImageFacts;
import dev.winnow.imaging.JpegWriter;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepEvidenceMapper;
import dev.winnow.store.ContentRow;
import dev.winnow.store.SetChangeRepository;
import dev.winnow.store.SetChangeRow;
import dev.winnow.store.StepEvidenceRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Processes one unit: reads each file at most once (hashing the bytes it read), decodes only what the cache lacks,
 * and derives everything from that one decode: content facts and thumbnail, the embedding, and (for a set whose
 * change map or step evidence is missing) the member's working copy for them. The decode goes straight to the working copy;
 * the full raster is built only for an embedder that asks for it and dropped as soon as it has embedded. Writes
 * images into the cache folder; the store is written by {@link ResultWriter}.
 */
final class UnitProcessor {
    static final String THUMBS = "cache/thumbs";
    static final String HEATMAPS = "cache/heatmaps";

    private final Path home;
    private final Path projectRoot;
    private final Embedder embedder;
    private final CacheState cache;
    private final SetChangeRepository setChanges;
    private final StepEvidenceRepository evidence;
    private final ImageDecoder decoder = new ImageDecoder();
    private final ImageAnalyzer analyzer = new ImageAnalyzer();
    private final ChangeMapper mapper = new ChangeMapper();
    private final StepEvidenceMapper evidenceMapper = new StepEvidenceMapper();
    private final JpegWriter jpeg = new JpegWriter(0.85f);

    UnitProcessor(Path home, Path projectRoot, Embedder embedder, CacheState cache, SetChangeRepository setChanges,
                  StepEvidenceRepository evidence) {
        this.home = home;
        this.projectRoot = projectRoot;
        this.embedder = embedder;
        this.cache = cache;
        this.setChanges = setChanges;
        this.evidence = evidence;
    }

    /** A member while its unit is processed. */
    private static final class Slot {
        final ImageFile file;
        String hash;
        byte[] bytes;
        Problem problem;
        Problem decodeFailure;
        boolean decoded;
        ContentRow content;
        float[] vector;
        ImageFacts facts;

        Slot(ImageFile file) {
            this.file = file;
            this.hash = file.contentHash();
        }

        boolean usable() {
            return hash != null && problem == null;
        }
    }

    /** A unit whose members are read and hashed, with the members still to decode. */
    final class Pending {
        private final WorkUnit unit;
        private final List<Slot> slots;
        private final Optional<SetChangeRow> reusable;
        private final boolean needChange;
        /** The signature of the set's step evidence when it must be computed or linked, else null. */
        private final String evidenceSignature;
        private final boolean needEvidence;
        private final List<Slot> toDecode;

        private Pending(WorkUnit unit, List<Slot> slots, Optional<SetChangeRow> reusable, boolean needChange,
                        String evidenceSignature, boolean needEvidence, List<Slot> toDecode) {
            this.unit = unit;
            this.slots = slots;
            this.reusable = reusable;
            this.needChange = needChange;
            this.evidenceSignature = evidenceSignature;
            this.needEvidence = needEvidence;
            this.toDecode = toDecode;
        }

        int decodes() {
            return toDecode.size();
        }

        /** Decodes member {@code i} of {@link #decodes()}; members may be decoded on different threads at once. */
        void decode(int i) {
            Slot s = toDecode.get(i);
            UnitProcessor.this.decode(s, needChange || needEvidence);
            s.bytes = null;
        }

        /** Once every decode is done: vectors looked up, the change map, the step evidence, the result to commit. */
        UnitResult finish() {
            if (!embedder.needsPixels()) for (Slot s : slots) lookUpVector(s);
            SetChangeRow change = null;
            if (reusable.isPresent()) change = reusable.get();
            else if (needChange) change = changeMap(unit, slots);
            UnitResult.SetEvidence steps = evidenceSignature == null ? null
                    : new UnitResult.SetEvidence(evidenceSignature, needEvidence ? stepEvidence(slots, evidenceSignature) : null);
            for (Slot s : slots) s.facts = null;
            List<UnitResult.Member> members = new ArrayList<>();
            for (Slot s : slots) {
                members.add(new UnitResult.Member(s.file, s.hash, s.decoded, s.content, s.vector, s.decodeFailure, s.problem));
            }
            return new UnitResult(unit, members, change, reusable.isPresent(), steps);
        }
    }

    /**
     * Reads and hashes the members whose hash is unknown and decides what must be decoded: members whose content or
     * vector the cache lacks, and every member when the set's change map or step evidence must be computed (step
     * evidence of identical content stored for another set, or before a rename, is only linked).
     */
    Pending prepare(WorkUnit unit) {
        List<Slot> slots = new ArrayList<>();
        for (ImageFile f : unit.members()) slots.add(new Slot(f));
        for (Slot s : slots) if (s.hash == null) read(s);
        for (Slot s : slots) {
            if (s.usable() && cache.failure(s.hash) != null) s.problem = withPath(cache.failure(s.hash), s.file);
        }

        Optional<SetChangeRow> reusable = Optional.empty();
        boolean needChange = false;
        String evidenceSignature = null;
        boolean needEvidence = false;
        if (unit.isSet() && slots.stream().allMatch(s -> s.hash != null)) {
            String signature = ContentHash.signature(ChangeMapper.VERSION, hashes(slots), unit.stages());
            boolean sideways = slots.stream().anyMatch(s -> cache.sideways(s.hash));
            if (sideways) {
                needChange = true;
            } else if (!signature.equals(cache.setSignature(unit.setId()))) {
                reusable = setChanges.find(signature, ChangeMapper.VERSION);
                needChange = reusable.isEmpty();
            }
            String steps = ContentHash.signature(StepEvidenceMapper.VERSION, hashes(slots), unit.stages());
            if (slots.size() >= 2 && (sideways || !steps.equals(cache.evidenceSignature(unit.setId())))) {
                evidenceSignature = steps;
                needEvidence = sideways || !evidence.exists(steps, StepEvidenceMapper.VERSION);
            }
        }
        List<Slot> toDecode = new ArrayList<>();
        for (Slot s : slots) {
            if (!s.usable()) continue;
            boolean needContent = !cache.hasContent(s.hash);
            boolean needPixelsVector = embedder.needsPixels() && embedder.covers(s.file, s.hash) && !cache.hasVector(s.hash);
            if (needContent || needPixelsVector || needChange || needEvidence) toDecode.add(s);
            else s.bytes = null;
        }
        return new Pending(unit, slots, reusable, needChange, evidenceSignature, needEvidence, toDecode);
    }

    private void read(Slot s) {
        Path file = projectRoot.resolve(s.file.relPath());
        try {
            s.bytes = Files.readAllBytes(file);
            s.hash = ContentHash.of(s.bytes);
        } catch (NoSuchFileException e) {
            s.problem = new Problem(s.file.relPath(), "missing", "file vanished since the last scan: run `winnow scan`");
        } catch (IOException e) {
            s.problem = new Problem(s.file.relPath(), "unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void decode(Slot s, boolean keepWorking) {
        if (s.bytes == null) {
            // The hash came from the store; reading again re-hashes, which also catches a file changed in place.
            read(s);
            if (!s.usable()) return;
            if (cache.failure(s.hash) != null) {
                s.problem = withPath(cache.failure(s.hash), s.file);
                return;
            }
        }
        boolean wantsVector = embedder.needsPixels() && embedder.covers(s.file, s.hash) && !cache.hasVector(s.hash);
        ImageDecoder.Scaled img;
        try {
            img = decoder.decodeScaled(s.bytes, s.file.relPath(), ImageAnalyzer.WORKING_SIDE,
                    (w, h) -> wantsVector && embedder.needsFullImage(w, h));
        } catch (DecodeException e) {
            s.decodeFailure = new Problem(s.hash, e.reason(), e.getMessage());
            s.problem = new Problem(s.file.relPath(), e.reason(), e.getMessage());
            return;
        }
        s.bytes = null;
        s.decoded = true;
        ImageFacts facts;
        try {
            facts = analyzer.analyze(img.width(), img.height(), img.working());
        } catch (RuntimeException e) {
            // A defect in analysis must not end a 20,000-image run; it is reported with the file that caused it.
            s.problem = new Problem(s.file.relPath(), "analysis-error", e.toString());
            return;
        }
        if (!cache.hasContent(s.hash)) s.content = content(s.hash, facts);
        if (s.problem == null && wantsVector) {
            try {
                s.vector = embedder.embed(new EmbedInput(s.file, s.hash, img.full(), facts));
            } catch (EmbedException e) {
                s.problem = new Problem(s.file.relPath(), e.reason(), e.getMessage());
            }
        }
        if (keepWorking) s.facts = facts;
    }

    private void lookUpVector(Slot s) {
        if (!s.usable() || !embedder.covers(s.file, s.hash) || cache.hasVector(s.hash)) return;
        try {
            s.vector = embedder.embed(new EmbedInput(s.file, s.hash, null, null));
        } catch (EmbedException e) {
            s.problem = new Problem(s.file.relPath(), e.reason(), e.getMessage());
        }
    }

    private ContentRow content(String hash, ImageFacts facts) {
        String rel = THUMBS + "/" + hash.substring(0, 2) + "/" + hash + ".jpg";
        try {
            jpeg.write(facts.working(), home.resolve(rel));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write thumbnail " + rel, e);
        }
        return new ContentRow(hash, facts.width(), facts.height(), facts.phash(), rel, facts.stats(), null);
    }

    /** Maps the members that decoded; a member that did not gets an empty feature map. */
    private SetChangeRow changeMap(WorkUnit unit, List<Slot> slots) {
        String signature = ContentHash.signature(ChangeMapper.VERSION, hashes(slots), unit.stages());
        List<ChangeMapper.Member> decoded = new ArrayList<>();
        for (Slot s : slots) {
            if (s.facts != null) decoded.add(new ChangeMapper.Member(s.file.stage(), s.facts.working(), s.facts.half()));
        }
        List<Map<String, Double>> features = new ArrayList<>();
        if (decoded.size() < 2) {
            for (int i = 0; i < slots.size(); i++) features.add(Map.of());
            return new SetChangeRow(signature, ChangeMapper.VERSION, features, null);
        }
        ChangeMap map = mapper.map(decoded);
        int k = 0;
        for (Slot s : slots) features.add(s.facts != null ? map.features().get(k++) : Map.of());
        String rel = HEATMAPS + "/" + signature.substring(0, 2) + "/" + signature + ".jpg";
        try {
            jpeg.write(map.heatmap(), home.resolve(rel));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write heatmap " + rel, e);
        }
        return new SetChangeRow(signature, ChangeMapper.VERSION, features, rel);
    }

    /** The step evidence of the members that decoded, its plants seeded by the set's content signature. */
    private List<StepEvidence> stepEvidence(List<Slot> slots, String signature) {
        List<StepEvidenceMapper.Member> decoded = new ArrayList<>();
        for (Slot s : slots) if (s.facts != null) decoded.add(new StepEvidenceMapper.Member(s.file.stage(), s.facts.working()));
        return evidenceMapper.map(decoded, StepEvidenceMapper.seedOf(signature));
    }

    private static List<String> hashes(List<Slot> slots) {
        List<String> out = new ArrayList<>();
        for (Slot s : slots) out.add(s.hash);
        return out;
    }

    private static Problem withPath(Problem byHash, ImageFile f) {
        return new Problem(f.relPath(), byHash.reason(), byHash.detail());
    }
}
