using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Curves;

/// <summary>Curves with a chosen law S(n, k), for the verdicts' positive and negative controls: no model is fitted.</summary>
internal static class SyntheticCurves
{
    public const int Seeds = 3;

    /// <summary>Relative scatter of S between seeds: about the spread of the default reproduce run at small n.</summary>
    public const double Scatter = 0.02;

    /// <summary>A curve with S = law(n, k) times a small deterministic per-(n, seed) scatter; bound as the model's.</summary>
    public static Curve Of(Regime regime, IReadOnlyList<int> ns, Func<double, double, double> law, double scatter = Scatter)
    {
        var spec = CurveSpec.For(regime, "synthetic", ns);
        var points = new List<CurvePoint>();
        for (int i = 0; i < ns.Count; i++)
            for (int seed = 0; seed < Seeds; seed++)
            {
                var r = spec.At(ns[i], seed);
                // A fixed pattern in [−2, 2]: seeds differ, and no seed's slope is exactly the law's.
                double wobble = Math.Exp(scatter * ((seed * 7 + i * 3) % 5 - 2));
                double s = law(ns[i], regime.K) * wobble;
                points.Add(new CurvePoint(ns[i], seed, s, 0, null, 0, 1, ns[i], r.Model.Claim.BoundOf(r), null, false));
            }
        return new Curve(spec, points);
    }

    public static Regime RandomFeatureKernel => new(Model.RandomFeatureKernel, 300, 0, 1, Activation.Relu);

    public static Regime NeuralTangent(Activation sigma, int k) => new(Model.NeuralTangent, 16, k, 1, sigma);

    /// <summary>Kernel grid: n = 10 … 300 ≤ d, log-spaced.</summary>
    public static int[] KernelGrid => SweepGrid.Log(10, 300, 10);

    /// <summary>NTK grid inside every width's window for k = 4, 8, 16 at d = 16 (n ≤ kd/2 = 32).</summary>
    public static int[] NeuralTangentGrid => [8, 12, 16, 24, 32];

    public static readonly int[] Widths = [4, 8, 16];
}
