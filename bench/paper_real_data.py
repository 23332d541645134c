#!/usr/bin/env python3
"""The sharper laws' real-data method, re-implemented in numpy, against robustmem's -real figures' S_paper.

Bombari, Kiyani & Mondelli (2023) run their laws on MNIST 0 against 1 (their code: simone-bombari/beyond-universal-robustness,
read, not copied): z = pixels/255, labels +1/-1, W with columns N(0, I/d) on z, RF features phi(X W) or NTK features
x (x) phi'(W^T x) (row-wise Kronecker), theta = pinv(Z) Y, and S = sqrt(d) * ||grad_z phi(z0) theta||. This script does
that on an IDX pair (gzip or not) with robustmem's protocol for the rows (the rows of the two classes in file order;
every fifth held out; N distinct training rows drawn from the others; x0 one held-out row), its own random numbers, and
compares the mean S over seeds with the mean S_paper over seeds of robustmem's figure CSVs (same file, classes, N, k).
For the NTK with tanh it also reports their published second derivative, -2 tanh (1 - tanh), in place of -2 tanh (1 - tanh^2).

Usage: paper_real_data.py IMAGES LABELS --classes 0,1 --seeds 8 --ours MEASURE.jsonl [--out comparison.csv]
(MEASURE.jsonl: lines of `robustmem measure --setting bombari2023 --law file:IMAGES,LABELS --classes 0,1`, whose
sensitivity_paper is the -real figures' S_paper at the same regime; bench/real_data_comparison.sh runs both.)
"""
import argparse, csv, gzip, math, sys
import numpy as np

def idx(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    rank = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank)
    return data.reshape(dims[0], -1) if rank > 1 else data

# The activations and their first two derivatives (square is x^2/2 in their code; the scale leaves pinv's fit unchanged).
ACTIVATIONS = {
    "tanh": (np.tanh, lambda u: 1 - np.tanh(u) ** 2, lambda u: -2 * np.tanh(u) * (1 - np.tanh(u) ** 2)),
    "published-tanh": (np.tanh, lambda u: 1 - np.tanh(u) ** 2, lambda u: -2 * np.tanh(u) * (1 - np.tanh(u))),
    "cos": (np.cos, lambda u: -np.sin(u), lambda u: -np.cos(u)),
    "quadratic": (lambda u: u ** 2 / 2, lambda u: u, lambda u: np.ones_like(u)),
    "softplus": (lambda u: np.logaddexp(0, u), lambda u: 1 / (1 + np.exp(-u)), lambda u: np.exp(-np.logaddexp(0, u) - np.logaddexp(0, -u))),
}

def sensitivity(model, act, x, y, z, w):
    phi, dphi, d2phi = ACTIVATIONS[act]
    d = x.shape[1]
    if model == "rf":
        theta = np.linalg.pinv(phi(x @ w)) @ y
        grad = w @ (dphi(w.T @ z) * theta)
    else:
        k = w.shape[1]
        feats = (x[:, :, None] * dphi(x @ w)[:, None, :]).reshape(x.shape[0], d * k)
        theta = (np.linalg.pinv(feats) @ y).reshape(d, k)
        u = w.T @ z
        # grad_m = sum_j theta[m, j] phi'(u_j) + sum_{l, j} theta[l, j] z_l phi''(u_j) W[m, j]
        grad = theta @ dphi(u) + w @ ((z @ theta) * d2phi(u))
    return math.sqrt(d) * np.linalg.norm(grad)

def main():
    p = argparse.ArgumentParser()
    p.add_argument("images"); p.add_argument("labels")
    p.add_argument("--classes", default="0,1"); p.add_argument("--seeds", type=int, default=8)
    p.add_argument("--ours", required=True, help="robustmem measure JSON lines")
    p.add_argument("--out", default="-")
    a = p.parse_args()
    pos, neg = (int(c) for c in a.classes.split(","))
    images, labels = idx(a.images), idx(a.labels)
    keep = (labels == pos) | (labels == neg)
    z_all = images[keep].astype(np.float64) / 255
    y_all = np.where(labels[keep] == pos, 1.0, -1.0)
    rows = np.arange(len(y_all))
    held = rows[rows % 5 == 4]; train = rows[rows % 5 != 4]
    d = z_all.shape[1]
    out = open(a.out, "w", newline="") if a.out != "-" else sys.stdout
    writer = csv.writer(out)
    writer.writerow(["model", "activation", "N", "k", "seeds", "robustmem_S_paper_mean", "robustmem_S_paper_se",
                     "paper_method_S_mean", "paper_method_S_se", "difference_in_se", "paper_published_tanh_S_mean"])
    import json
    ours = {}
    with open(a.ours) as f:
        for line in f:
            r = json.loads(line)
            ours.setdefault((r["model"], r["activation"], r["n"], r["k"]), []).append(r["sensitivity_paper"])
    if True:
        for (model, act, n, k), mine in sorted(ours.items()):
            if act not in ACTIVATIONS:
                continue
            acts = [act] + (["published-tanh"] if model == "ntk" and act == "tanh" else [])
            means = {}
            for which in acts:
                values = []
                for seed in range(a.seeds):
                    rng = np.random.default_rng([seed, n, k, 21])
                    chosen = rng.choice(train, size=n, replace=False)
                    z0 = z_all[rng.choice(held)]
                    w = rng.standard_normal((d, k)) / math.sqrt(d)
                    values.append(sensitivity(model, which, z_all[chosen], y_all[chosen], z0, w))
                means[which] = (np.mean(values), np.std(values, ddof=1) / math.sqrt(len(values)))
            om, ose = np.mean(mine), np.std(mine, ddof=1) / math.sqrt(len(mine))
            pm, pse = means[act]
            writer.writerow([model, act, n, k, f"{len(mine)}+{a.seeds}", f"{om:.4g}", f"{ose:.3g}", f"{pm:.4g}", f"{pse:.3g}",
                             f"{(om - pm) / math.hypot(ose, pse):.2f}", f"{means['published-tanh'][0]:.4g}" if "published-tanh" in means else ""])
            out.flush()

if __name__ == "__main__":
    main()
