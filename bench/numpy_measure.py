#!/usr/bin/env python3
"""The numpy twin of `robustmem measure`, for wall-time comparison only.

Same regime, same algorithm (min-norm through a thin SVD with numpy's pinv cut-off, or with --solver lstsq through
numpy.linalg.lstsq, i.e. LAPACK dgelsd as robustmem uses near the threshold; batched analytic gradients,
500 Monte Carlo points, exact seminorm matrix for RF relu), same JSON shape; the random numbers differ.
"""
import argparse, json, math
import numpy as np

def sphere(rng, n, d):
    g = rng.standard_normal((n, d))
    return g / np.linalg.norm(g, axis=1, keepdims=True)

def relu_kernel_parts(a, b, c, s):
    rho = np.clip(c / np.sqrt(np.outer(a, b)), -1, 1)
    sine = np.sqrt(np.maximum(1 - rho**2, 1e-300))
    value = s * np.sqrt(np.outer(a, b)) * (sine + (np.pi - np.arccos(rho)) * rho) / (2 * np.pi)
    dc = s * (np.pi - np.arccos(rho)) / (2 * np.pi)
    db = s / (4 * np.pi) * np.sqrt(np.outer(a, 1 / b)) * sine
    return value, dc, db

SOLVER = "svd"

def min_norm(z, y):
    if SOLVER == "lstsq":  # LAPACK dgelsd, numpy's own least-squares route
        v, _, rank, _ = np.linalg.lstsq(z, y, rcond=max(z.shape) * np.finfo(float).eps)
        return v, int(rank)
    u, sv, vt = np.linalg.svd(z, full_matrices=False)
    cutoff = max(z.shape) * np.finfo(float).eps * sv[0]
    r = int((sv > cutoff).sum())
    return vt[:r].T @ ((u[:, :r].T @ y) / sv[:r]), r

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="rf"); p.add_argument("--d", type=int, default=300)
    p.add_argument("--k", type=int, default=1000); p.add_argument("--n", type=int, default=500)
    p.add_argument("--noise", type=float, default=1.0); p.add_argument("--test-points", type=int, default=500)
    p.add_argument("--seed", type=int, default=0); p.add_argument("--repeats", type=int, default=1)
    p.add_argument("--solver", choices=["svd", "lstsq"], default="svd")
    a = p.parse_args()
    global SOLVER; SOLVER = a.solver
    d, k, n, m_test = a.d, a.k, a.n, a.test_points
    for rep in range(a.repeats):
        rng = np.random.default_rng([a.seed, rep])
        wstar = rng.standard_normal(d); wstar /= np.linalg.norm(wstar)
        x = sphere(rng, n, d); y = x @ wstar + a.noise * rng.standard_normal(n)
        xt = sphere(rng, m_test, d); yt = xt @ wstar + a.noise * rng.standard_normal(m_test)
        xm = sphere(rng, m_test, d)
        exact = None
        if a.model == "rf":
            w = rng.standard_normal((k, d)) / math.sqrt(d)
            feats = lambda q: np.maximum(q @ w.T, 0) / math.sqrt(k)
            z = feats(x); v, rank = min_norm(z, y)
            pred_train, pred_test = z @ v, feats(xt) @ v
            grads = ((xm @ w.T > 0) * v / math.sqrt(k)) @ w
            gram = w @ w.T; norms = np.sqrt(np.diag(gram))
            theta = np.arccos(np.clip(gram / np.outer(norms, norms), -1, 1)); np.fill_diagonal(theta, 0)
            c = gram * (np.pi - theta) / (2 * np.pi) / k
            exact = float(math.sqrt(max(v @ c @ v, 0)))
        elif a.model == "ntk":
            w = rng.standard_normal((k, d)) / math.sqrt(d)
            feats = lambda q: (((q @ w.T) > 0)[:, :, None] * q[:, None, :]).reshape(len(q), k * d) / math.sqrt(k)
            z = feats(x); v, rank = min_norm(z, y)
            pred_train, pred_test = z @ v, feats(xt) @ v
            amat = v.reshape(k, d); pre = xm @ w.T
            grads = (((pre > 0) @ amat) + ((0 * pre) * (xm @ amat.T)) @ w) / math.sqrt(k)
        else:  # rf-kernel, relu
            s = 1.0 / d; sq = lambda q: (q * q).sum(axis=1)
            kxx, _, _ = relu_kernel_parts(sq(x), sq(x), x @ x.T, s)
            lam, q = np.linalg.eigh(kxx)
            cutoff = n * np.finfo(float).eps * lam[-1]; keep = lam > cutoff; rank = int(keep.sum())
            alpha = q[:, keep] @ ((q[:, keep].T @ y) / lam[keep])
            pred_train = kxx @ alpha
            kt, _, _ = relu_kernel_parts(sq(xt), sq(x), xt @ x.T, s); pred_test = kt @ alpha
            _, dc, db = relu_kernel_parts(sq(x), sq(xm), x @ xm.T, s)
            grads = (dc * alpha[:, None]).T @ x + (2 * db.T @ alpha)[:, None] * xm
        sq_norms = (grads ** 2).sum(axis=1)
        sob = math.sqrt(sq_norms.mean())
        print(json.dumps({"model": a.model, "d": d, "k": k, "n": n, "seed": a.seed, "repeat": rep,
                          "sobolev": sob, "sobolev_stderr": math.sqrt(sq_norms.var(ddof=1) / m_test) / (2 * sob),
                          "sobolev_exact": exact, "train_error": float(((pred_train - y) ** 2).mean()),
                          "test_error": float(((pred_test - yt) ** 2).mean()), "rank": rank, "interpolates": rank == n}))

if __name__ == "__main__":
    main()
