using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Features;

namespace RobustMem.Experiments;

/// <summary>
/// The parts of a fit a caller may replace: how the labelled training set and the first-layer weights are drawn, and
/// whether the NTK gradient keeps its σ″ term. <see cref="Standard"/> is THEORY.md §1.
/// </summary>
/// <remarks>
/// The claims' power is measured against wrong implementations (docs/results/power.md). They are injected here,
/// through <c>Claims.ClaimRun</c>, so that no numerics code is edited to build them, and every downstream figure (σ̂, the
/// scales) is computed from what the replaced part drew, as the code would.
/// </remarks>
public sealed record FitParts
{
    public static FitParts Standard { get; } = new();

    /// <summary>Keep the σ″(w·x)⟨a, x⟩w term of the NTK gradient (THEORY.md §1); false only for the broken-model control.</summary>
    public bool CurvatureTerm { get; init; } = true;

    /// <summary>Draws the training set from the regime's streams.</summary>
    public Func<Regime, RandomStreams, Dataset> Data { get; init; } = (r, s) => Dataset.Draw(r.Law, r.N, r.D, r.Noise, s, r.Target);

    /// <summary>Draws the k×d first-layer weights from the regime's streams.</summary>
    public Func<Regime, RandomStreams, Matrix<double>> Weights { get; init; } = (r, s) => WeightSampler.Draw(r.K, r.D, s.Weights, r.WeightsSd);
}
