using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Data;
using RobustMem.Data.Files;
using RobustMem.Experiments;
using RobustMem.Models;
using RobustMem.SharperLaws;

namespace RobustMem.Figures;

/// <summary>
/// The sharper laws' figures of <c>reproduce</c> (Bombari, Kiyani &amp; Mondelli 2023, their Figures 1–2):
/// <c>sensitivity-rf</c> and <c>sensitivity-ntk</c>, at the default and the paper's scale, and their <c>-real</c> forms
/// on a file's points. Each is a figure of the catalogue like the paper's: one curve per (activation, N) sweeping the
/// width (<see cref="SweptVariable.Width"/>, the kernel interpolator last) and measuring ‖∇f(x₀)‖ (<see cref="SensitivityMeasure"/>),
/// one plot per activation, reported beside what the laws say rather than judged.
/// </summary>
/// <remarks>
/// The paper's grid (<see cref="FigureScale.Full"/>) is theirs: d = 1000, N ∈ {400, 800, 1200}, RF k = 10⁴ … 2·10⁵ in
/// steps of 10⁴, NTK k = 15 … 300 in steps of 15. The default grid keeps its shape at d = 64 in seconds: RF k/N from 2
/// to 64, NTK k from 2 to 32 (p/N from 4 to 128). Two limits set it, as they set the property families
/// (properties/…/Regimes/SharperLawSetting.cs): the even activations' decay lasts only while p stays below x²'s
/// feature span d(d + 1)/2 (2080 at d = 64 against 4k·d = 2048; at d = 20 a first grid plateaued at the kernel for x²
/// and cos too, measured), and NTK needs k well below d (their k ≤ 300 &lt; d = 1000).
/// Activations: tanh and softplus (μ₁ ≠ 0), x² and cos (even), as in their figures.
/// Every point is in their setting (THEORY.md §5.1): gaussian inputs, weight rows N(0, I_d) (<c>--weights-sd 1</c>),
/// pure-noise labels (<c>--target none</c>, σ = 1); the <c>-real</c> figures take a file's points and two classes
/// instead, in their real-data setting exactly (<c>--setting bombari2023</c>: W ~ N(0, I/d) on z = pixels/255, THEORY.md §5.3).
/// The x-axis is the width k for random features and p = kd for the neural tangent model, as in their plots. The probe
/// evaluates no test or Monte Carlo points: a regime's TestPoints is 2, the least it takes.
/// </remarks>
internal static class SharperLawFigures
{
    /// <summary>The file stem every sensitivity figure starts with: how <c>reproduce</c> tells the figures its file options (<c>--law</c>, <c>--n</c>, <c>--k</c>) apply to.</summary>
    public const string Prefix = "sensitivity-";

    /// <summary>|μ₁| below this is zero: quadrature leaves round-off (about 1e-17) in the even activations' μ₁, which is exactly 0.</summary>
    public const double LinearCoefficientZero = 1e-12;

    public static IReadOnlyList<Activation> PaperActivations { get; } = [Activation.Tanh, Activation.Softplus, Activation.Quadratic, Activation.Cos];

    /// <summary>The suffix of the figures on a file's points (<c>--law file:PATH</c>).</summary>
    public const string RealSuffix = "-real";

    /// <summary>
    /// Both figures at a scale: in their synthetic setting (gaussian inputs, pure-noise labels) when <paramref name="file"/>
    /// is null, else the <c>-real</c> figures on the file's points, its d, and its two classes as labels when it has them.
    /// </summary>
    /// <param name="scale">Grid sizes; on a file the default grid is derived from it (<see cref="RealDataGrid.From"/>).</param>
    /// <param name="file">The file of the <c>-real</c> figures; null for the synthetic ones.</param>
    /// <param name="grid">A grid given by hand (<c>--n</c>, <c>--k</c>) for the <c>-real</c> figures, in place of the scale's.</param>
    public static IReadOnlyList<FigureSpec> Of(FigureScale scale, FileLaw? file = null, RealDataGrid? grid = null)
    {
        // The snapshot grid is every other width of the default grid at its smaller N: the same regimes, a third of the fits.
        var (d, ns, rfWidths, ntkWidths) = scale switch
        {
            FigureScale.Full => (1000, new[] { 400, 800, 1200 }, Steps(10_000, 200_000, 10_000), Steps(15, 300, 15)),
            FigureScale.Default => (64, new[] { 16, 32 }, new[] { 64, 128, 256, 512, 1024 }, new[] { 2, 4, 8, 16, 32 }),
            FigureScale.Snapshot => (64, new[] { 16 }, new[] { 64, 256, 1024 }, new[] { 2, 8, 32 }),
            _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "no sensitivity grid at this scale"),
        };
        var real = file is null ? null : grid ?? (scale == FigureScale.Default ? RealDataGrid.From(file) : null);
        if (real is not null) (ns, rfWidths, ntkWidths) = ([.. real.Ns], [.. real.RfWidths], [.. real.NtkWidths]);
        InputLaw law = file ?? InputLaw.Gaussian;
        string suffix = file is null ? "" : RealSuffix;
        string where = file is null ? $"d={d}" : $"{file.Name}, d={file.D}";
        if (file is not null) d = file.D;
        // On a file, the sharper laws' real-data setting exactly (PaperSetting.Bombari2023): W ~ N(0, I/d) on z, the classes ±1, σ = 0.
        var setting = PaperSetting.Bombari2023;
        var (target, noise) = (setting.TargetOn(law), setting.NoiseOn(law));
        double weightsSd = setting.WeightsSdOn(law)!.Value;
        var measure = new SensitivityMeasure(file?.PaperUnit);
        // The theorems assume gaussian inputs: on a file's points what they say is an expectation, not a theorem.
        Func<Func<Activation, string>, Func<Activation, string>> onThisLaw = file is null ? say => say
            : say => a => $"{say(a)}; on a file's points an expectation only (the theorems assume gaussian inputs)";
        FigureSpec Figure(string name, string title, string[] claims, Model model, int[] widths, Func<Activation, string> expected) =>
            new(name, title, claims,
                [.. from a in PaperActivations
                    from n in ns
                    select new CurveSpec($"{a.Name}/{n}", $"{a.Name} N={n}",
                        new Regime(model, d, 0, n, a, law, Noise: noise, TestPoints: 2, Seed: 0, WeightsSd: weightsSd, Target: target), widths)
                    { Sweep = SweptVariable.Width, Measure = measure }])
            {
                Expected = onThisLaw(expected),
                PanelPerActivation = true,
                Warnings = file is null ? [] : WarningsOn(file, real, new RealDataGrid(ns, widths, widths), model == Model.RandomFeatures),
            };
        return
        [
            Figure(Prefix + "rf" + suffix, $"Random features: sensitivity against the width ({where})", ["B-RF", "U"], Model.RandomFeatures, rfWidths,
                a => Math.Abs(a.LinearCoefficient) > LinearCoefficientZero ? "plateau at S(∞) (B-RF: Bombari et al. 2023, Theorem 1, μ₁ ≠ 0)" : "falls with k in their figures (μ₁ = 0: no theorem)"),
            Figure(Prefix + "ntk" + suffix, $"Neural tangent: sensitivity against p = kd ({where})", ["B-NTK-even", "B-NTK-plateau", "U"], Model.NeuralTangent, ntkWidths,
                a => a.IsEven ? "slope −½, S ≍ √(Nd/p) (B-NTK-even: Bombari et al. 2023, Theorem 2)" : "plateau (B-NTK-plateau: observed in their figures)"),
        ];
    }

    /// <summary>A mean ‖z‖²/d above this draws a warning: pixels/255 give at most 1, Fashion-MNIST 0 vs 1 about 0.2.</summary>
    public const double MaxPreActivationVariance = 4;

    // A -real grid (derived or by hand) says in one line each what it cannot show; the paper's grid (--full) is the paper's shape.
    private static IReadOnlyList<string> WarningsOn(FileLaw file, RealDataGrid? real, RealDataGrid figure, bool randomFeatures)
    {
        var warnings = real is not null ? figure.Warnings(file.D, randomFeatures).ToList() : [];
        // Their W ~ N(0, I/d) on z makes the pre-activations N(0, ‖z‖²/d): below 1 for pixels/255 (0.2 on Fashion-MNIST 0 vs 1).
        // A CSV states its own scale, so a CSV of raw pixels (‖z‖²/d in the thousands) runs tanh and cos saturated or aliased.
        if (1 / (file.Factor * file.Factor * file.D) is var preActivation && preActivation > MaxPreActivationVariance)
            warnings.Add($"z's mean ‖z‖²/d is {preActivation:G3}, so the pre-activations are N(0, {preActivation:G3}) where theirs (pixels/255) are below 1: a CSV states its own scale; divide raw pixels by 255.");
        return warnings;
    }

    /// <summary>True for a figure name of the sharper laws' kind, known or not.</summary>
    public static bool IsSensitivityFigure(string? name) => name is not null && name.StartsWith(Prefix, StringComparison.Ordinal);

    private static int[] Steps(int first, int last, int step) => Enumerable.Range(0, (last - first) / step + 1).Select(i => first + i * step).ToArray();
}
