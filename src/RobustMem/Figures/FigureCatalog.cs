using RobustMem.Activations;
using RobustMem.Experiments;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Sweeps;

namespace RobustMem.Figures;

/// <summary>The figures of the paper's layout (THEORY.md §2), at three scales.</summary>
/// <remarks>
/// Each curve's grid is log-spaced and, for finite models, also sampled on and ±10%/±25% around its predicted
/// thresholds (claim M), so the peak lands on a grid point. Sizes of <see cref="FigureScale.Full"/> follow the
/// sanity runs of the paper's setting (d = 300–500, k up to 1000); <see cref="FigureScale.Default"/> divides them so
/// a run takes about a minute on 2 cores.
/// </remarks>
public static class FigureCatalog
{
    private sealed record Sizes(int D, int[] Widths, int NtkD, int[] NtkWidths, int KernelD, int ActivationD, int ActivationK,
        int NoiseD, int NoiseK, int RidgeD, int RidgeK, int TightD, int TightK, int Points, int MaxN, int KernelMaxN, int TestPoints);

    private static Sizes For(FigureScale scale) => scale switch
    {
        FigureScale.Snapshot => new(20, [40], 8, [4], 60, 10, 60, 10, 120, 20, 40, 20, 60, 7, 80, 60, 200),
        FigureScale.Default => new(100, [50, 100, 200], 16, [4, 8, 16], 300, 60, 300, 20, 400, 60, 120, 100, 300, 10, 400, 300, 500),
        _ => new(300, [250, 500, 1000], 50, [5, 10, 20], 500, 100, 1000, 30, 1500, 300, 500, 300, 1000, 16, 2000, 500, 500),
    };

    /// <summary>All figures at a scale: finite RF relu, finite NTK relu, kernels, activations, label noise, ridge, tightness.</summary>
    public static IReadOnlyList<FigureSpec> Figures(FigureScale scale)
    {
        var s = For(scale);
        var figures = new List<FigureSpec>
        {
            new("rf-relu", "Finite random features, relu (claims II, M)", ["II", "M"],
                s.Widths.Select(k => Finite(new Regime(ModelKind.RandomFeatures, s.D, k, 1, Activation.Relu, TestPoints: s.TestPoints), $"RF relu d={s.D} k={k}", s)).ToArray()),
            new("ntk-relu", "Finite neural tangent, relu (claims III, M)", ["III", "M"],
                s.NtkWidths.Select(k => Finite(new Regime(ModelKind.NeuralTangent, s.NtkD, k, 1, Activation.Relu, TestPoints: s.TestPoints), $"NTK relu d={s.NtkD} k={k}", s)).ToArray()),
            new("kernels", "Infinite width: RF and NTK kernels (claims I-RF, I-NTK)", ["I-RF", "I-NTK"],
                [
                    Kernel(ModelKind.RandomFeatureKernel, Activation.Relu, s), Kernel(ModelKind.NeuralTangentKernel, Activation.Relu, s),
                    Kernel(ModelKind.RandomFeatureKernel, Activation.Abs, s), Kernel(ModelKind.NeuralTangentKernel, Activation.Abs, s),
                ]),
            new("activations", "Finite RF: erf, tanh, abs, quadratic (claims G, M)", ["G", "M"],
                new[] { Activation.Erf, Activation.Tanh, Activation.Abs, Activation.Quadratic }
                    .Select(a => Finite(new Regime(ModelKind.RandomFeatures, s.ActivationD, s.ActivationK, 1, a, TestPoints: s.TestPoints), $"RF {a.Name} d={s.ActivationD} k={s.ActivationK}", s)).ToArray()),
            new("label-noise", "Label noise is necessary (claim N)", ["N"],
                new[] { 0.0, 0.25, 1.0 }.Select(sigma => Window(new Regime(ModelKind.RandomFeatures, s.NoiseD, s.NoiseK, 1, Activation.Relu, Noise: sigma, TestPoints: s.TestPoints), $"RF relu σ={sigma}", s, s.NoiseK)).ToArray()),
            // λ = 1e-8 is the λ → 0 end of the path: nλ must sit far below s_min(Z)², and 1e-6 does not (S 5% off min-norm at n = k/2, measured).
            new("ridge", "Ridge removes memorization and the peak (claim R)", ["R"],
                new[] { 0.0, 1e-8, 1e-3, 1.0 }.Select(lambda => Finite(new Regime(ModelKind.RandomFeatures, s.RidgeD, s.RidgeK, 1, Activation.Relu, Ridge: lambda, TestPoints: s.TestPoints), $"RF relu λ={lambda:G3}", s)).ToArray()),
            new("tightness", "Min-norm against the exact frontier S*(0) (claim T)", ["T"],
                new[] { Activation.Relu, Activation.Abs }.Select(a => Window(new Regime(ModelKind.RandomFeatures, s.TightD, s.TightK, 1, a, TestPoints: s.TestPoints), $"RF {a.Name} d={s.TightD} k={s.TightK}", s, s.TightK)).ToArray(),
                ShowFrontier: true),
        };
        if (scale == FigureScale.Full)
            figures.Add(new("ntk-quadratic", "NTK quadratic d=50 k=40: the threshold is the feature rank 1220, not kd = 2000 (claim M)", ["M"],
                [Finite(new Regime(ModelKind.NeuralTangent, 50, 40, 1, Activation.Quadratic, TestPoints: s.TestPoints), "NTK quadratic d=50 k=40", s with { Points = 8 })]));
        return figures;
    }

    /// <summary>A finite model over n up to max(MaxN, 2·last threshold), with its thresholds sampled on and around.</summary>
    private static CurveSpec Finite(Regime regime, string label, Sizes s)
    {
        var thresholds = InterpolationThresholds.Predicted(regime);
        int top = Math.Max(s.MaxN, 2 * thresholds.Max());
        var grid = SweepGrid.WithThresholds(SweepGrid.Log(Math.Min(10, top / 4), top, s.Points), thresholds, 0.1, 0.25);
        return CurveSpec.For(regime, label, grid);
    }

    /// <summary>A finite model kept below its first threshold (n ≤ threshold/2): the window where the bounds are asserted.</summary>
    private static CurveSpec Window(Regime regime, string label, Sizes s, int threshold) =>
        CurveSpec.For(regime, label, SweepGrid.Log(Math.Min(10, threshold / 8), threshold / 2, s.Points));

    private static CurveSpec Kernel(ModelKind model, Activation sigma, Sizes s)
    {
        var regime = new Regime(model, s.KernelD, 0, 1, sigma, TestPoints: s.TestPoints);
        return CurveSpec.For(regime, $"{model.Name()} {sigma.Name} d={s.KernelD}", SweepGrid.Log(10, s.KernelMaxN, s.Points));
    }
}
