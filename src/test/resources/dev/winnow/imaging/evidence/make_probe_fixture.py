#!/usr/bin/python3
"""Writes the fixture of StepEvidenceProbeTest: a small real image pair (a demo set's stage 1.5 and stage 2,
cropped and resized) and what the research probe (shared/decide-probe/evidence_residual.py, model "full")
computes for it: the 56 summaries, the nine maps' tile means (ratio signed; 8-px tiles, as step/v3) and the
lower image's tile descriptors. Run once with Debian's python3-numpy, -scipy and -pil; the Java test never calls
Python. With --as-is the two images are the fixture's own (already cropped and resized): only the numbers are
written again (how the 8-px numbers were made from the 16-px fixture).

usage: make_probe_fixture.py [--as-is] LOWER.png UPPER.png PROBE_DIR
"""
import argparse, json, sys
import numpy as np
from PIL import Image
from scipy.ndimage import gaussian_filter, uniform_filter

ap = argparse.ArgumentParser()
ap.add_argument("lower"); ap.add_argument("upper"); ap.add_argument("probe")
ap.add_argument("--as-is", action="store_true")
args = ap.parse_args()
sys.path.insert(0, args.probe)
import evidence_residual as er
er.A = argparse.Namespace(model="full")

T = 8
W, H = 120, 176


def load(path):
    im = Image.open(path).convert("RGB")
    w, h = im.size
    # the figure's upper part: face and hair, where the upscale adds detail
    im = im.crop((int(0.25 * w), int(0.05 * h), int(0.75 * w), int(0.05 * h + 0.5 * w * H / W)))
    return im.resize((W, H), Image.LANCZOS)


def pool(m):
    h, w = m.shape
    rows, cols = -(-h // T), -(-w // T)
    out = np.zeros((rows, cols))
    for r in range(rows):
        for c in range(cols):
            out[r, c] = m[r * T:(r + 1) * T, c * T:(c + 1) * T].astype(np.float64).mean()
    return out


if not args.as_is:
    load(args.lower).save("probe_lower.png")
    load(args.upper).save("probe_upper.png")
a = np.asarray(Image.open("probe_lower.png").convert("RGB"), np.float32) / 255
b = np.asarray(Image.open("probe_upper.png").convert("RGB"), np.float32) / 255

Fs = er.design(a)
summaries = [float(v) for v in er.residual_features(Fs, b)]

pred, r2 = er.fit_global(Fs, b)
r = b - pred
r_lo = gaussian_filter(r, (2.5, 2.5, 0)); r_hi = r - r_lo
rl = r @ er.LUM
pl, bl = pred @ er.LUM, b @ er.LUM
hpp, hpb = er.hp(pl), er.hp(bl)
m = {}
m["all"] = er.rsqrt(uniform_filter((r * r).sum(2), 11))
m["hi"] = er.rsqrt(uniform_filter((r_hi * r_hi).sum(2), 11))
m["lo"] = er.rsqrt(uniform_filter((r_lo * r_lo).sum(2), 11))
act = er.rsqrt(uniform_filter(hpp * hpp + hpb * hpb, 11))
m["hi_rel"] = m["hi"] / (act + 0.01)
ch = r - rl[..., None]
m["chroma"] = er.rsqrt(uniform_filter((ch * ch).sum(2), 11))
for w, tag in ((11, ""), (23, "_w23")):
    epp, ebb, epb = uniform_filter(hpp * hpp, w), uniform_filter(hpb * hpb, w), uniform_filter(hpp * hpb, w)
    c2 = 1e-5
    m["struct" + tag] = 1 - (epb + c2) / (np.sqrt(np.clip(epp * ebb, 0, None)) + c2)
    if not tag:
        m["ratio_s"] = np.log((ebb + c2) / (epp + c2))
m["hi_w23"] = er.rsqrt(uniform_filter((r_hi * r_hi).sum(2), 23))
tiles = {k: pool(v).ravel().tolist() for k, v in m.items()}

lum = a @ er.LUM
d = {}
d["r"], d["g"], d["b"] = (pool(a[..., c]) for c in range(3))
d["lum"] = pool(lum)
d["lstd"] = np.sqrt(np.clip(pool(lum * lum) - d["lum"] ** 2, 0, None))
for s in (1, 2, 4):
    gy, gx = np.gradient(gaussian_filter(lum, s))
    d[f"g{s}"] = np.sqrt(pool(gx * gx + gy * gy)) * s
d["sat"] = pool(a.max(2) - a.min(2))
descriptors = {k: v.ravel().tolist() for k, v in d.items()}

json.dump(dict(width=W, height=H, tile=T, names=er.FEAT_NAMES, summaries=summaries, r2=float(r2), tiles=tiles,
               descriptors=descriptors, source=[args.lower.split("/")[-1], args.upper.split("/")[-1]]),
          open("probe_expected.json", "w"), indent=1)
print("r2", r2, "summaries", len(summaries))
