using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>The largest eigenvalue of a symmetric positive semi-definite operator, for the fast routes' reports.</summary>
internal static class PowerIteration
{
    private const int Iterations = 60;

    /// <summary>Rayleigh quotients from a fixed start, so the result is deterministic; stops at 1e-6 relative change.</summary>
    /// <remarks>Used only for what a report says about the extreme singular values, never to decide a rank on its own.</remarks>
    public static double Largest(Func<Vector<double>, Vector<double>> apply, int n)
    {
        var v = Vector<double>.Build.Dense(n, i => 1 + 0.5 * Math.Sin(i + 1));
        v /= v.L2Norm();
        double estimate = 0;
        for (int iteration = 0; iteration < Iterations; iteration++)
        {
            var w = apply(v);
            double next = v.DotProduct(w);
            double norm = w.L2Norm();
            if (!(norm > 0)) return next;
            v = w / norm;
            if (Math.Abs(next - estimate) <= 1e-6 * Math.Abs(next)) return next;
            estimate = next;
        }
        return estimate;
    }
}
