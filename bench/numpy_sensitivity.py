#!/usr/bin/env python3
"""The numpy twin of the sharper laws' probe on finite random features, for bench/sensitivity_memory.sh.

It forms the whole N×k feature matrix Z = tanh(X Wᵀ)/√k, fits the min-norm interpolator θ = Zᵀ(ZZᵀ)⁻¹y and prints
S = ‖∇f(x₀)‖ = ‖Wᵀ(tanh′(W x₀) ⊙ θ)‖/√k, its seconds and its peak RSS (VmHWM). Either on the inputs robustmem dumped
(--dump FILE: int32 n, d, k; X, y, x₀, W row-major float64), so that both S agree to rounding, or on its own draws of the
same law (--n --d --k: x ~ N(0, I/d), w ~ N(0, I), y = ξ ~ N(0, 1)), so that only the sizes and the cost are the same.
"""
import argparse, math, time
import numpy as np

def read_dump(path):
    with open(path, "rb") as f:
        n, d, k = np.fromfile(f, dtype="<i4", count=3)
        x = np.fromfile(f, dtype="<f8", count=n * d).reshape(n, d)
        y = np.fromfile(f, dtype="<f8", count=n)
        x0 = np.fromfile(f, dtype="<f8", count=d)
        w = np.fromfile(f, dtype="<f8", count=k * d).reshape(k, d)
    return x, y, x0, w

def draw(n, d, k, seed):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, d)) / math.sqrt(d)
    y = rng.standard_normal(n)
    x0 = rng.standard_normal(d) / math.sqrt(d)
    w = rng.standard_normal((k, d))
    return x, y, x0, w

def sensitivity(x, y, x0, w):
    k = w.shape[0]
    z = x @ w.T                      # N×k, the matrix the streamed route never forms
    np.tanh(z, out=z)
    z /= math.sqrt(k)
    gram = z @ z.T
    alpha = np.linalg.solve(gram, y)
    theta = z.T @ alpha              # θ = Zᵀ(ZZᵀ)⁻¹y
    slopes = 1 - np.tanh(w @ x0) ** 2
    return np.linalg.norm(w.T @ (slopes * theta)) / math.sqrt(k)

def peak_rss_kb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dump"); p.add_argument("--n", type=int, default=1200); p.add_argument("--d", type=int, default=1000)
    p.add_argument("--k", type=int, default=200_000); p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    start = time.perf_counter()
    inputs = read_dump(a.dump) if a.dump else draw(a.n, a.d, a.k, a.seed)
    s = sensitivity(*inputs)
    print(f"S={s!r} seconds={time.perf_counter() - start:.2f} vmhwm_kb={peak_rss_kb()}")

if __name__ == "__main__":
    main()
