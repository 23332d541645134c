using RobustMem.Activations;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.Claims;
using RobustMem.Curves;
using RobustMem.Data.Files;
using RobustMem.SharperLaws;
using RobustMem.Sweeps;

namespace RobustMem.Figures;

/// <summary>The figures of <c>reproduce</c>, at three scales: the paper's layout (THEORY.md §2), drawn by default, and the sharper laws' (THEORY.md §5), drawn when named.</summary>
/// <remarks>
/// Each curve's grid is log-spaced and, for finite models, also sampled on and ±10%/±25% around its predicted
/// thresholds (claim M), so the peak lands on a grid point. The sizes of each scale are <see cref="FigureSizes"/>.
/// </remarks>
internal static class FigureCatalog
{
    /// <summary>All figures at a scale: finite RF relu, finite NTK relu, kernels, activations, label noise, ridge, tightness.</summary>
    public static IReadOnlyList<FigureSpec> Figures(FigureScale scale)
    {
        var s = FigureSizes.Of(scale);
        var figures = new List<FigureSpec>
        {
            new("rf-relu", "Finite random features, relu (claims II, M)", ["II", "M"],
                Widths(s.RandomFeaturesWidths.Select(k => new Regime(Model.RandomFeatures, s.RandomFeaturesD, k, 1, Activation.Relu, TestPoints: s.TestPoints)), r => $"RF relu d={r.D} k={r.K}", s),
                WindowSeeds: s.WindowSeeds),
            new("ntk-relu", "Finite neural tangent, relu (claims III, M)", ["III", "M"],
                Widths(s.NeuralTangentWidths.Select(k => new Regime(Model.NeuralTangent, s.NeuralTangentD, k, 1, Activation.Relu, TestPoints: s.TestPoints)), r => $"NTK relu d={r.D} k={r.K}", s),
                WindowSeeds: s.NeuralTangentWindowSeeds),
            new("kernels", "Infinite width: RF and NTK kernels (claims I-RF, I-NTK)", ["I-RF", "I-NTK"],
                [
                    Kernel(Model.RandomFeatureKernel, Activation.Relu, s), Kernel(Model.NeuralTangentKernel, Activation.Relu, s),
                    Kernel(Model.RandomFeatureKernel, Activation.Abs, s), Kernel(Model.NeuralTangentKernel, Activation.Abs, s),
                ],
                WindowSeeds: s.KernelWindowSeeds),
            new("activations", "Finite RF: erf, tanh, abs, quadratic (claims G, M)", ["G", "M"],
                new[] { Activation.Erf, Activation.Tanh, Activation.Abs, Activation.Quadratic }
                    .Select(a => Finite(new Regime(Model.RandomFeatures, s.ActivationsD, s.ActivationsK, 1, a, TestPoints: s.TestPoints), $"RF {a.Name} d={s.ActivationsD} k={s.ActivationsK}", s)).ToArray(),
                WindowSeeds: s.WindowSeeds),
            new("label-noise", "Label noise is necessary (claim N)", ["N"],
                new[] { 0.0, 0.25, 1.0 }.Select(sigma => Window(new Regime(Model.RandomFeatures, s.NoiseD, s.NoiseK, 1, Activation.Relu, Noise: sigma, TestPoints: s.TestPoints), $"RF relu σ={sigma}", s, s.NoiseK)).ToArray()),
            // λ = 1e-8 is the λ → 0 end of the path: nλ must sit far below s_min(Z)², and 1e-6 does not (S 5% off min-norm at n = k/2, measured).
            new("ridge", "Ridge removes memorization and the peak (claim R)", ["R"],
                new[] { 0.0, 1e-8, 1e-3, 1.0 }.Select(lambda => Finite(new Regime(Model.RandomFeatures, s.RidgeD, s.RidgeK, 1, Activation.Relu, Ridge: lambda, TestPoints: s.TestPoints), $"RF relu λ={lambda:G3}", s)).ToArray()),
            new("tightness", "Min-norm against the exact frontier S*(0) (claim T)", ["T"],
                new[] { Activation.Relu, Activation.Abs }.Select(a => Window(new Regime(Model.RandomFeatures, s.TightnessD, s.TightnessK, 1, a, TestPoints: s.TestPoints), $"RF {a.Name} d={s.TightnessD} k={s.TightnessK}", s, s.TightnessK)).ToArray(),
                ShowFrontier: true, WindowSeeds: s.WindowSeeds),
        };
        if (scale == FigureScale.Full)
            figures.Add(new("ntk-quadratic", "NTK quadratic d=50 k=40: the threshold is the feature rank 1220, not kd = 2000 (claim M)", ["M"],
                [Finite(new Regime(Model.NeuralTangent, 50, 40, 1, Activation.Quadratic, TestPoints: s.TestPoints), "NTK quadratic d=50 k=40", s with { GridPoints = 8 })]));
        return figures;
    }

    /// <summary>The figures a run draws only when named (<c>--figure</c>): the sharper laws' (<see cref="SharperLawFigures"/>), on a file's points when <paramref name="file"/> is given.</summary>
    /// <param name="scale">Grid sizes.</param>
    /// <param name="file">The file of the <c>-real</c> figures; null for the synthetic ones.</param>
    /// <param name="grid">The <c>-real</c> figures' grid given by hand; null for the scale's.</param>
    public static IReadOnlyList<FigureSpec> OnlyWhenNamed(FigureScale scale, FileLaw? file = null, RealDataGrid? grid = null) =>
        SharperLawFigures.Of(scale, file, grid);

    /// <summary>Every figure a name can ask for: those drawn by default, then those drawn only when named.</summary>
    public static IReadOnlyList<FigureSpec> Named(FigureScale scale, FileLaw? file = null, RealDataGrid? grid = null) =>
        [.. Figures(scale), .. OnlyWhenNamed(scale, file, grid)];

    /// <summary>A finite model over n up to max(MaxN, 2·last threshold), with its thresholds sampled on and around.</summary>
    private static CurveSpec Finite(Regime regime, string label, FigureSizes s, int? top = null)
    {
        var thresholds = InterpolationThresholds.Predicted(regime);
        int last = Math.Max(top ?? s.MaxN, 2 * thresholds.Max());
        var grid = SweepGrid.WithThresholds(SweepGrid.Log(Math.Min(10, last / 4), last, s.GridPoints), thresholds, 0.1, 0.25);
        return CurveSpec.For(regime, label, grid);
    }

    /// <summary>Several widths of one model on one log grid, up to the widest one's end, so that they share the n where S is compared across k.</summary>
    private static CurveSpec[] Widths(IEnumerable<Regime> regimes, Func<Regime, string> label, FigureSizes s)
    {
        var all = regimes.ToArray();
        int top = all.Max(r => Math.Max(s.MaxN, 2 * InterpolationThresholds.Predicted(r).Max()));
        return all.Select(r => Finite(r, label(r), s, top)).ToArray();
    }

    /// <summary>A finite model kept below its first threshold (n ≤ threshold/2): the window where the bounds are asserted.</summary>
    private static CurveSpec Window(Regime regime, string label, FigureSizes s, int threshold) =>
        CurveSpec.For(regime, label, SweepGrid.Log(Math.Min(10, threshold / 8), threshold / 2, s.GridPoints));

    private static CurveSpec Kernel(Model model, Activation sigma, FigureSizes s)
    {
        var regime = new Regime(model, s.KernelD, 0, 1, sigma, TestPoints: s.TestPoints);
        return CurveSpec.For(regime, $"{model.Name} {sigma.Name} d={s.KernelD}", SweepGrid.Log(10, s.KernelMaxN, s.GridPoints));
    }
}
