using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Models;

namespace RobustMem.SharperLaws;

/// <summary>
/// One figure of the sharper laws (Bombari, Kiyani &amp; Mondelli 2023, their Figures 1–2): the sensitivity
/// S = ‖∇f(x₀)‖ of the min-norm interpolator against the width, one curve per (activation, N), with the infinite-width
/// kernel interpolator's S and the universal law's √(Nd/p) drawn beside it.
/// </summary>
/// <remarks>
/// Every point is in their setting (THEORY.md §5.1): gaussian inputs, weight rows N(0, I_d) (<c>--weights-sd 1</c>),
/// pure-noise labels (<c>--target none</c>, σ = 1); the <c>-real</c> figures take a file's points and two classes
/// instead, in their real-data setting exactly (<c>--setting bombari2023</c>: W ~ N(0, I/d) on z = pixels/255, THEORY.md §5.3). The x-axis is the width k for random features and p = kd for the
/// neural tangent model, as in their plots.
/// </remarks>
/// <param name="Name">File stem of the figure's CSV and plots, e.g. <c>sensitivity-rf</c>.</param>
/// <param name="Title">Plot title.</param>
/// <param name="Claims">Claim ids of THEORY.md §5.2 the figure bears on.</param>
/// <param name="Model">The finite model; its <see cref="Model.InfiniteWidthLimit"/> gives the kernel line.</param>
/// <param name="Activations">One panel (plot) per activation.</param>
/// <param name="D">Input dimension d.</param>
/// <param name="Ns">Training-set sizes N, one curve each.</param>
/// <param name="Widths">Widths k, ascending.</param>
/// <param name="Law">Input law; gaussian in their setting.</param>
/// <param name="Target">How labels are made: pure noise in their synthetic setting, a file's two classes on real data.</param>
/// <param name="Noise">σ: 1 on pure-noise labels, 0 on a file's classes (their real-data labels are the classes).</param>
/// <param name="Expected">What the sharper laws say of an activation's curves, with the source: a theorem, or an observation in their figures.</param>
/// <param name="WeightsSd">The weight rows' standard deviation in the harness's unit: 1, N(0, I_d), on the gaussian law (their W ~ N(0, I/d) on z ~ N(0, I));
/// on a file 1/(c√d), their W ~ N(0, I/d) on z = pixels/255 (<see cref="Data.Files.FileLaw.PaperWeightsSd"/>).</param>
/// <param name="PaperUnit">√d·c, what S is multiplied by to be in their unit on a file (<c>S_paper</c>); null on the synthetic figures.</param>
internal sealed record SensitivityFigure(
    string Name,
    string Title,
    IReadOnlyList<string> Claims,
    Model Model,
    IReadOnlyList<Activation> Activations,
    int D,
    IReadOnlyList<int> Ns,
    IReadOnlyList<int> Widths,
    InputLaw Law,
    Func<Activation, string> Expected,
    LabelTarget Target = LabelTarget.None,
    double Noise = 1,
    double WeightsSd = 1,
    double? PaperUnit = null)
{
    /// <summary>The regime of one finite point. The probe evaluates no test or Monte Carlo points: 2 is the least a regime takes.</summary>
    public Regime At(Activation activation, int n, int k, int seed) =>
        new(Model, D, k, n, activation, Law, Noise: Noise, TestPoints: 2, Seed: seed, WeightsSd: WeightsSd, Target: Target);

    /// <summary>The regime of the kernel line: the same data (same seed and streams) fitted at infinite width.</summary>
    public Regime KernelAt(Activation activation, int n, int seed) =>
        At(activation, n, 0, seed) with { Model = Kernel };

    /// <summary>The model's infinite-width limit; a figure of a model without one cannot draw its kernel line.</summary>
    public Model Kernel => Model.InfiniteWidthLimit
        ?? throw new InvalidOperationException($"{Model.Name} has no infinite-width limit to draw beside its sensitivity");
}
