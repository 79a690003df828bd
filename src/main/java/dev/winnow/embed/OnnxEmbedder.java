package dev.winnow.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.OnnxJavaType;

import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vision encoder exported to ONNX (CLIP ViT-B/32's vision tower, or any model taking 1x3xHxW RGB floats), run
 * by ONNX Runtime on the CPU. The output is pooled to one vector (a token sequence is averaged, a feature map
 * globally average-pooled) and L2-normalized. The id is {@code onnx:<model sha256, 12 hex>-<preprocessing hash,
 * 6 hex>}, so another model file or other preprocessing never reuses these vectors. A model whose input or output
 * does not fit is refused when it is opened, with a message saying what it has.
 */
public final class OnnxEmbedder implements Embedder {
    private static final List<String> PREFERRED_OUTPUTS = List.of("image_embeds", "pooler_output", "embeddings",
            "last_hidden_state");

    /**
     * Which decoded copy the input is resized from, part of the id: the smallest copy that still covers the model's
     * input, so that resizing costs little (the first ids resized the working copy).
     */
    private static final String SOURCE = "source=smallest-covering-copy";

    private final Path model;
    private final String modelHash;
    private OnnxPreprocessing prep;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final String outputName;
    private final String id;
    private final int dimension;

    /**
     * Opens the model and checks it by running it once on a blank image.
     *
     * @param prep          how to build the input; null derives it from the model's input size (224 when free)
     *                      with CLIP's mean and std
     * @param threadsPerRun ONNX Runtime's intra-op threads per call (Winnow already runs one call per worker)
     */
    public OnnxEmbedder(Path model, String modelHash, OnnxPreprocessing prep, int threadsPerRun) {
        this.model = model;
        this.modelHash = modelHash;
        this.prep = prep;
        this.env = OrtEnvironment.getEnvironment();
        try {
            OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
            opts.setIntraOpNumThreads(Math.max(1, threadsPerRun));
            opts.setInterOpNumThreads(1);
            this.session = env.createSession(model.toString(), opts);
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot open ONNX model " + model + ": " + e.getMessage(), e);
        }
        try {
            this.inputName = checkInput();
            this.outputName = pickOutput();
            this.dimension = probe();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        this.id = "onnx:" + modelHash.substring(0, 12) + "-" + ContentHash.of((this.prep.canonical() + " " + SOURCE)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 6);
    }

    private String checkInput() {
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            if (inputs.size() != 1) {
                throw new IllegalArgumentException("ONNX model " + model.getFileName() + " has inputs " + inputs.keySet()
                        + "; Winnow needs a vision-only encoder with one image input (for CLIP: onnx/vision_model.onnx)");
            }
            NodeInfo in = inputs.values().iterator().next();
            if (!(in.getInfo() instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT || t.getShape().length != 4) {
                throw new IllegalArgumentException("ONNX model input " + in.getName() + " is " + in.getInfo()
                        + "; Winnow feeds a float tensor 1x3xHxW");
            }
            long[] s = t.getShape();
            if (prep == null) {
                int side = s[2] > 0 ? (int) s[2] : 224;
                prep = OnnxPreprocessing.square(side, side, null, null);
            }
            if (s[1] != 3 && s[1] != -1) {
                throw new IllegalArgumentException("ONNX model input " + in.getName() + " has shape " + Arrays.toString(s)
                        + ": " + s[1] + " channels, but Winnow feeds RGB images as 1x3xHxW");
            }
            if ((s[2] > 0 && s[2] != prep.cropHeight()) || (s[3] > 0 && s[3] != prep.cropWidth())) {
                throw new IllegalArgumentException("ONNX model input " + in.getName() + " expects " + Arrays.toString(s)
                        + " but the preprocessing produces 1x3x" + prep.cropHeight() + "x" + prep.cropWidth()
                        + ": fix preprocessor_config.json or pass --crop/--image-size");
            }
            return in.getName();
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot read the inputs of " + model + ": " + e.getMessage(), e);
        }
    }

    private String pickOutput() {
        try {
            Set<String> names = session.getOutputInfo().keySet();
            for (String p : PREFERRED_OUTPUTS) if (names.contains(p)) return p;
            return names.iterator().next();
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot read the outputs of " + model + ": " + e.getMessage(), e);
        }
    }

    private int probe() {
        BufferedImage blank = new BufferedImage(prep.cropWidth(), prep.cropHeight(), BufferedImage.TYPE_INT_RGB);
        try {
            return run(blank).length;
        } catch (EmbedException e) {
            throw new IllegalArgumentException("ONNX model " + model.getFileName() + ": " + e.getMessage());
        }
    }

    @Override
    public String id() {
        return id;
    }

    public int dimension() {
        return dimension;
    }

    @Override
    public Map<String, Object> spec() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "onnx");
        m.put("model", model.toAbsolutePath().toString());
        m.put("modelSha256", modelHash);
        m.put("input", inputName);
        m.put("output", outputName);
        m.put("dimension", dimension);
        m.put("preprocessing", prep.describe());
        return m;
    }

    /** The working copy (long side 768) is enough for encoders up to that size and far cheaper to resize. */
    @Override
    public boolean needsFullImage(int workingWidth, int workingHeight) {
        return !covers(workingWidth, workingHeight);
    }

    @Override
    public float[] embed(EmbedInput input) throws EmbedException {
        BufferedImage half = input.facts().half(), working = input.facts().working();
        if (covers(half.getWidth(), half.getHeight())) return run(half);
        if (covers(working.getWidth(), working.getHeight()) || input.full() == null) return run(working);
        return run(input.full());
    }

    private boolean covers(int width, int height) {
        return Math.min(width, height) >= prep.neededShortSide();
    }

    float[] run(BufferedImage img) throws EmbedException {
        return normalize(runTensor(prep.tensor(img), prep.cropHeight(), prep.cropWidth()));
    }

    /** Runs the model on a ready 1x3xHxW tensor and pools the output (not normalized). */
    float[] runTensor(float[] data, int height, int width) throws EmbedException {
        long[] shape = {1, 3, height, width};
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape);
             OrtSession.Result result = session.run(Map.of(inputName, tensor), Set.of(outputName))) {
            OnnxValue out = result.get(outputName).orElseThrow();
            if (!(out instanceof OnnxTensor t)) throw new EmbedException("bad-output", "output " + outputName + " is not a tensor");
            return pool(t.getFloatBuffer(), t.getInfo().getShape());
        } catch (OrtException e) {
            throw new EmbedException("onnx-error", e.getMessage());
        }
    }

    /** One vector from a [1,D], [1,T,D] (mean over tokens) or [1,C,H,W] (mean over H,W) output. */
    static float[] pool(FloatBuffer buf, long[] shape) throws EmbedException {
        float[] all = new float[buf.remaining()];
        buf.get(all);
        if (shape.length < 2 || shape[0] != 1) {
            throw new EmbedException("bad-output", "output shape " + Arrays.toString(shape) + " is not [1, ...]");
        }
        return switch (shape.length) {
            case 2 -> all;
            case 3 -> meanOver(all, (int) shape[1], (int) shape[2], true);
            case 4 -> meanOver(all, (int) shape[1], (int) (shape[2] * shape[3]), false);
            default -> throw new EmbedException("bad-output", "output shape " + Arrays.toString(shape)
                    + " cannot be pooled to one vector (expected [1,D], [1,T,D] or [1,C,H,W])");
        };
    }

    private static float[] meanOver(float[] all, int outer, int inner, boolean tokensFirst) {
        int dim = tokensFirst ? inner : outer;
        float[] v = new float[dim];
        if (tokensFirst) {
            for (int t = 0; t < outer; t++) for (int d = 0; d < inner; d++) v[d] += all[t * inner + d] / outer;
        } else {
            for (int c = 0; c < outer; c++) {
                double s = 0;
                for (int i = 0; i < inner; i++) s += all[c * inner + i];
                v[c] = (float) (s / inner);
            }
        }
        return v;
    }

    static float[] normalize(float[] v) throws EmbedException {
        double n = 0;
        for (float f : v) n += f * f;
        n = Math.sqrt(n);
        if (!(n > 0) || !Double.isFinite(n)) throw new EmbedException("bad-output", "model output has zero or non-finite norm");
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }

    @Override
    public void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException ignored) {
            // Closing a session only frees native memory; nothing to report.
        }
    }
}
