package dev.winnow.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The current model of each kind, loaded and checked against the data they are about to read. A model whose
 * embedder or feature schema differs from the data's is refused with the reason; only the ranker is required.
 */
final class LoadedModels {
    final RankerModel ranker;
    final AnomalyModel anomaly;
    final CropModel crop;
    final ModelMetadata rankerMeta;
    final ModelMetadata anomalyMeta;
    final ModelMetadata cropMeta;
    final List<String> notes = new ArrayList<>();

    /** {@code schemaOf} gives the data's schema for an embedder id. */
    LoadedModels(ModelRegistry registry, Function<String, FeatureSchema> schemaOf) {
        rankerMeta = registry.current(RankerModel.KIND).orElseThrow(() -> new IllegalStateException(
                "no ranker trained yet: run `winnow train` first"));
        check(rankerMeta, schemaOf);
        ranker = RankerModel.load(registry.dir(rankerMeta.kind(), rankerMeta.version()));
        anomalyMeta = optional(registry, AnomalyModel.KIND, schemaOf);
        anomaly = anomalyMeta == null ? null : AnomalyModel.load(registry.dir(anomalyMeta.kind(), anomalyMeta.version()));
        cropMeta = optional(registry, CropModel.KIND, schemaOf);
        crop = cropMeta == null ? null : CropModel.load(registry.dir(cropMeta.kind(), cropMeta.version()));
        if (anomaly != null && !anomaly.schema().equals(ranker.schema())) {
            throw new ModelMismatchException("anomaly " + anomalyMeta.version() + " and ranker " + rankerMeta.version()
                    + " were trained on different features: train them together (winnow train --kind all)");
        }
        if (crop != null && !crop.schema().equals(ranker.schema())) {
            throw new ModelMismatchException("crop " + cropMeta.version() + " and ranker " + rankerMeta.version()
                    + " were trained on different features: train them together (winnow train --kind all)");
        }
    }

    ModelSuite suite() {
        return new ModelSuite(ranker, anomaly, crop);
    }

    FeatureSchema schema() {
        return ranker.schema();
    }

    private ModelMetadata optional(ModelRegistry registry, String kind, Function<String, FeatureSchema> schemaOf) {
        ModelMetadata m = registry.current(kind).orElse(null);
        if (m == null) {
            notes.add("no " + kind + " model yet (winnow train --kind " + kind + ")");
            return null;
        }
        check(m, schemaOf);
        return m;
    }

    private static void check(ModelMetadata m, Function<String, FeatureSchema> schemaOf) {
        if (!FeatureCode.VERSION.equals(m.provenance().environment().get("featureCode"))) {
            throw new ModelMismatchException(m.kind() + " " + m.version() + " refused: it was built by feature code '"
                    + m.provenance().environment().get("featureCode") + "', this Winnow computes '" + FeatureCode.VERSION
                    + "': train a new model");
        }
        ModelChecks.sameSchema(m.kind(), m.version(), m.schema(), schemaOf.apply(m.schema().embedderId()));
    }
}
