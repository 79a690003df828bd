package dev.winnow.learn;

import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.features.FeatureCode;
import dev.winnow.learn.keep.KeepModel;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelMetadata;
import dev.winnow.learn.model.ModelMismatchException;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.learn.predict.ModelSuite;
import dev.winnow.learn.rank.RankerModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The current model of each kind, loaded and checked against the data they are about to read. A model whose
 * embedder or feature schema differs from the data's is refused with the reason. Stage sets need the ranker;
 * singles are predicted with the crop proposer or the keep model, whichever exist.
 */
final class LoadedModels {
    final RankerModel ranker;
    final AnomalyModel anomaly;
    final CropModel crop;
    final KeepModel keep;
    final ModelMetadata rankerMeta;
    final ModelMetadata anomalyMeta;
    final ModelMetadata cropMeta;
    final ModelMetadata keepMeta;
    final List<String> notes = new ArrayList<>();

    /** Loads the current models for predicting {@code projectId}, whose data {@code builder} reads. */
    LoadedModels(ModelRegistry registry, DatasetBuilder builder, String projectId) {
        DataSchemas schemaOf = new DataSchemas(builder, projectId);
        rankerMeta = optional(registry, ModelKind.RANKER, schemaOf);
        ranker = rankerMeta == null ? null : RankerModel.load(registry.dir(rankerMeta.kind(), rankerMeta.version()));
        anomalyMeta = optional(registry, ModelKind.ANOMALY, schemaOf);
        anomaly = anomalyMeta == null ? null : AnomalyModel.load(registry.dir(anomalyMeta.kind(), anomalyMeta.version()));
        cropMeta = optional(registry, ModelKind.CROP, schemaOf);
        crop = cropMeta == null ? null : CropModel.load(registry.dir(cropMeta.kind(), cropMeta.version()));
        keepMeta = optional(registry, ModelKind.KEEP, schemaOf);
        keep = keepMeta == null ? null : KeepModel.load(registry.dir(keepMeta.kind(), keepMeta.version()));
        if (ranker == null && crop == null && keep == null) {
            // A photo-only project (every picture a set of one) trains a crop proposer and a keep model, no ranker.
            throw new IllegalStateException("no ranker, crop proposer or keep model trained yet: run `winnow train` first");
        }
        FeatureSchema first = schema();
        ModelMetadata firstMeta = ranker != null ? rankerMeta : crop != null ? cropMeta : keepMeta;
        sameSchema(anomalyMeta, anomaly == null ? null : anomaly.schema(), firstMeta, first);
        sameSchema(cropMeta, crop == null ? null : crop.schema(), firstMeta, first);
        sameSchema(keepMeta, keep == null ? null : keep.schema(), firstMeta, first);
    }

    /** A model read with another's features would mis-read them: models of one prediction come from one training. */
    private static void sameSchema(ModelMetadata meta, FeatureSchema schema, ModelMetadata reference, FeatureSchema expected) {
        if (schema == null || meta == reference || schema.equals(expected)) return;
        throw new ModelMismatchException(meta.kind() + " " + meta.version() + " and " + reference.kind() + " "
                + reference.version() + " were trained on different features: train them together (winnow train --kind all)");
    }

    /** The models for stage sets; null without a ranker (then only singles are predicted, their crops). */
    ModelSuite suite() {
        return ranker == null ? null : new ModelSuite(ranker, anomaly, crop);
    }

    FeatureSchema schema() {
        return ranker != null ? ranker.schema() : crop != null ? crop.schema() : keep.schema();
    }

    /** The project's schema per embedder, and which embedders it has at all. */
    private record DataSchemas(DatasetBuilder builder, String projectId) {
        Optional<FeatureSchema> schema(String embedderId) {
            return builder.schemaOf(projectId, embedderId);
        }

        List<String> embedders() {
            return builder.embeddersOf(projectId);
        }
    }

    private ModelMetadata optional(ModelRegistry registry, ModelKind kind, DataSchemas schemaOf) {
        ModelMetadata m = registry.current(kind).orElse(null);
        if (m == null) {
            notes.add("no " + kind + " model yet (winnow train --kind " + kind + ")");
            return null;
        }
        check(m, schemaOf);
        return m;
    }

    private static void check(ModelMetadata m, DataSchemas data) {
        if (!FeatureCode.VERSION.equals(m.provenance().environment().get("featureCode"))) {
            throw new ModelMismatchException(m.kind() + " " + m.version() + " refused: it was built by feature code '"
                    + m.provenance().environment().get("featureCode") + "', this Winnow computes '" + FeatureCode.VERSION
                    + "': train a new model");
        }
        String embedder = m.schema().embedderId();
        FeatureSchema schema = data.schema(embedder).orElseThrow(() -> new ModelMismatchException(m.kind() + " "
                + m.version() + " refused: it was trained on embedder '" + embedder + "' but the data has no vectors "
                + "from it (it has " + data.embedders() + "): embed with '" + embedder + "' or train a new model"));
        ModelChecks.sameSchema(m.kind(), m.version(), m.schema(), schema);
    }
}
