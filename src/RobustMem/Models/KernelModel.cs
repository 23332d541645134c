using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Fit;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>An infinite-width model: the kernel interpolator f(x) = K(x, X)α with α = K(X, X)⁻¹y, fitted in the dual.</summary>
public abstract class KernelModel : Model
{
    public sealed override bool IsKernel => true;
    public sealed override bool HasWidth => false;

    /// <summary>The model's kernel for the regime's activation and d.</summary>
    public abstract IKernel Kernel(Regime regime, ILinearAlgebra la);

    /// <summary>n: the dual has one coefficient per training point.</summary>
    public override long FeatureDimension(Regime regime) => regime.N;

    /// <summary>One kernel row of n entries per evaluated point.</summary>
    public override double EvaluationWidth(Regime regime) => regime.N;

    public override double WeightEntries(Regime regime) => 0;

    /// <summary>None: the kernel interpolates every n points in general position, so min-norm S(n) has no peak to predict.</summary>
    public override IReadOnlyList<int> InterpolationThresholds(Regime regime) => [];

    /// <summary>Every activation has a kernel: a closed form where one exists, 2-D Gauss–Hermite quadrature otherwise
    /// (<see cref="KernelLimit"/>, checked against ΦΦᵀ at growing width).</summary>
    public override void Validate(Regime regime) { }

    public override FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la)
    {
        var kernel = Kernel(regime, la);
        var gram = kernel.Gram(train.X, train.X);
        var dual = new KernelInterpolator(regime.Ridge, la).Fit(gram, train.Y);
        return new FittedKernelModel(regime, streams, train, kernel, dual, gram * dual.Alpha);
    }
}
