using RobustMem.Activations;

namespace RobustMem.Kernels;

/// <summary>
/// Q = E[f(u) g(v)] for (u, v) centred Gaussian with Var u = A, Var v = B, Cov = C, by a product Gauss–Hermite rule,
/// with the exact partials of that same discrete sum.
/// </summary>
/// <remarks>
/// u = √A g₁, v = (C/√A) g₁ + r g₂ with r = √(B − C²/A) and g₁, g₂ independent N(0, 1): the conditional law of v
/// given u, so no correlation clamp is needed. Differentiating the sum itself keeps a kernel's gradient consistent with
/// its Gram to round-off (Price's theorem would differ from the sum by the quadrature error, and needs σ‴ for the
/// NTK). r is floored at 1e-12·√B: it vanishes only when x′ equals a training point. At A = 0 (x = 0) the C- and
/// A-partials are 0: in a kernel gradient they multiply x = 0.
/// </remarks>
internal static class BivariateGaussian
{
    /// <summary>Q and (∂Q/∂A, ∂Q/∂B, ∂Q/∂C); <paramref name="fPrime"/> and <paramref name="gPrime"/> are f′ and g′.</summary>
    internal static (double Q, double DA, double DB, double DC) Expect(GaussHermite rule, double a, double b, double c,
        Func<double, double> f, Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime)
    {
        double rootA = Math.Sqrt(Math.Max(a, 0));
        double slope = rootA > 0 ? c / (rootA * rootA) : 0;
        double r = Math.Max(Math.Sqrt(Math.Max(b - slope * c, 0)), 1e-12 * Math.Sqrt(Math.Max(b, 0)));
        double q = 0, da = 0, db = 0, dc = 0;
        for (int i = 0; i < rule.Count; i++)
        {
            double g1 = rule.Nodes[i], u = rootA * g1, fu = f(u), mean = slope * u;
            double sumG = 0, sumSlope = 0, sumSlopeG2 = 0;
            for (int j = 0; j < rule.Count; j++)
            {
                double g2 = rule.Nodes[j], v = mean + r * g2, w = rule.Weights[j], slopeV = w * gPrime(v);
                sumG += w * g(v);
                sumSlope += slopeV;
                sumSlopeG2 += slopeV * g2;
            }
            double wi = rule.Weights[i];
            q += wi * fu * sumG;
            db += wi * fu * sumSlopeG2 / (2 * r);
            if (rootA == 0) continue;
            // ∂v/∂C = g₁/√A − (C/A) g₂/r; ∂u/∂A = g₁/(2√A), ∂v/∂A = −C g₁/(2A√A) + (C/A)² g₂/(2r).
            dc += wi * fu * (sumSlope * g1 / rootA - slope * sumSlopeG2 / r);
            da += wi * (fPrime(u) * g1 / (2 * rootA) * sumG
                        + fu * (-slope * g1 / (2 * rootA) * sumSlope + slope * slope * sumSlopeG2 / (2 * r)));
        }
        return (q, da, db, dc);
    }

    /// <summary>
    /// E[φ(u) φ(v)] symmetrised, ½[Q(A, B, C) + Q(B, A, C)], so that a Gram matrix is symmetric to the last bit, with its
    /// partials in B and C: (value, ∂/∂B, ∂/∂C).
    /// </summary>
    internal static (double Value, double DB, double DC) Symmetric(GaussHermite rule, double a, double b, double c,
        Func<double, double> phi, Func<double, double> phiPrime)
    {
        var forward = Expect(rule, a, b, c, phi, phiPrime, phi, phiPrime);
        var backward = Expect(rule, b, a, c, phi, phiPrime, phi, phiPrime);
        return ((forward.Q + backward.Q) / 2, (forward.DB + backward.DA) / 2, (forward.DC + backward.DC) / 2);
    }
}
