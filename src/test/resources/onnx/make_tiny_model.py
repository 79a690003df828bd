#!/usr/bin/env python3
"""Builds the tiny ONNX vision encoders that Winnow's tests run (a few KB each, fixed seed, no download).

Run with Debian's python3-onnx (onnx 1.12, numpy):  /usr/bin/python3 make_tiny_model.py
from this folder. It rewrites:
  ../../../main/resources/dev/winnow/embed/tiny_vision.onnx
                                     Conv(3->8, 3x3) -> Relu -> GlobalAveragePool -> Flatten, input 1x3xHxW (H, W
                                     free); in main resources because `winnow bench embed` runs it too
  tiny_vision_expected.json          the numpy reference output for a fixed input pattern (the Java test recomputes it)
  hf_tiny/onnx/vision_model.onnx     same graph with a fixed 1x3x32x32 input, as Hugging Face exports lay it out
  hf_tiny/preprocessor_config.json   CLIP-style resize / center crop / mean / std for that model
  tiny_gray.onnx                     a 1-channel model: Winnow must refuse it with a clear message
  tiny_tokens.onnx                   output 1xTxD (token sequence): Winnow mean-pools it
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OPSET = 13
CHANNELS_OUT = 8


def weights(channels_in, seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.5, size=(CHANNELS_OUT, channels_in, 3, 3)).astype(np.float32)
    b = rng.normal(0.0, 0.1, size=(CHANNELS_OUT,)).astype(np.float32)
    return w, b


def conv_pool_model(channels_in, height, width, seed, output_name="image_embeds", tokens=False):
    w, b = weights(channels_in, seed)
    x = helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT, [1, channels_in, height, width])
    nodes = [
        helper.make_node("Conv", ["pixel_values", "W", "B"], ["conv"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv"], ["relu"]),
        helper.make_node("GlobalAveragePool", ["relu"], ["pooled"]),
    ]
    if tokens:
        # 1x8x1x1 -> 1x1x8, then concatenated with itself scaled: a 1x2x8 "token" output.
        nodes += [
            helper.make_node("Reshape", ["pooled", "tok_shape"], ["tok"]),
            helper.make_node("Mul", ["tok", "two"], ["tok2"]),
            helper.make_node("Concat", ["tok", "tok2"], [output_name], axis=1),
        ]
        y = helper.make_tensor_value_info(output_name, TensorProto.FLOAT, [1, 2, CHANNELS_OUT])
        inits = [numpy_helper.from_array(np.array([1, 1, CHANNELS_OUT], dtype=np.int64), "tok_shape"),
                 numpy_helper.from_array(np.array([2.0], dtype=np.float32), "two")]
    else:
        nodes.append(helper.make_node("Flatten", ["pooled"], [output_name]))
        y = helper.make_tensor_value_info(output_name, TensorProto.FLOAT, [1, CHANNELS_OUT])
        inits = []
    graph = helper.make_graph(nodes, "tiny_vision", [x], [y],
                              [numpy_helper.from_array(w, "W"), numpy_helper.from_array(b, "B")] + inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="winnow-tests")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model, w, b


def pattern(channels, height, width):
    """The fixed test input; TinyOnnxModelTest builds the same tensor."""
    c, y, x = np.meshgrid(np.arange(channels), np.arange(height), np.arange(width), indexing="ij")
    return (((c * 7 + y * 3 + x * 5) % 11) / 10.0 - 0.5).astype(np.float32)[None]


def reference(inp, w, b):
    _, ci, h, wd = inp.shape
    padded = np.pad(inp[0], ((0, 0), (1, 1), (1, 1)))
    out = np.zeros((CHANNELS_OUT, h, wd), dtype=np.float64)
    for o in range(CHANNELS_OUT):
        acc = np.full((h, wd), b[o], dtype=np.float64)
        for i in range(ci):
            for dy in range(3):
                for dx in range(3):
                    acc += w[o, i, dy, dx] * padded[i, dy:dy + h, dx:dx + wd]
        out[o] = np.maximum(acc, 0)
    return out.mean(axis=(1, 2))


def main():
    model, w, b = conv_pool_model(3, "height", "width", seed=7)
    main_resources = os.path.join(HERE, "..", "..", "..", "main", "resources", "dev", "winnow", "embed")
    os.makedirs(main_resources, exist_ok=True)
    onnx.save(model, os.path.join(main_resources, "tiny_vision.onnx"))
    inp = pattern(3, 20, 14)
    with open(os.path.join(HERE, "tiny_vision_expected.json"), "w") as f:
        json.dump({"input": "((c*7 + y*3 + x*5) % 11)/10 - 0.5, shape 1x3x20x14",
                   "output": [float(v) for v in reference(inp, w, b)]}, f, indent=1)

    os.makedirs(os.path.join(HERE, "hf_tiny", "onnx"), exist_ok=True)
    hf, _, _ = conv_pool_model(3, 32, 32, seed=11)
    onnx.save(hf, os.path.join(HERE, "hf_tiny", "onnx", "vision_model.onnx"))
    with open(os.path.join(HERE, "hf_tiny", "preprocessor_config.json"), "w") as f:
        json.dump({"do_resize": True, "size": {"shortest_edge": 32}, "resample": 3,
                   "do_center_crop": True, "crop_size": {"height": 32, "width": 32},
                   "do_rescale": True, "rescale_factor": 1 / 255,
                   "do_normalize": True, "image_mean": [0.48145466, 0.4578275, 0.40821073],
                   "image_std": [0.26862954, 0.26130258, 0.27577711],
                   "image_processor_type": "CLIPImageProcessor"}, f, indent=2)

    gray, _, _ = conv_pool_model(1, 32, 32, seed=13)
    onnx.save(gray, os.path.join(HERE, "tiny_gray.onnx"))
    tokens, _, _ = conv_pool_model(3, 32, 32, seed=17, output_name="last_hidden_state", tokens=True)
    onnx.save(tokens, os.path.join(HERE, "tiny_tokens.onnx"))


if __name__ == "__main__":
    main()
