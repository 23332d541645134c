using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Kernels;

namespace RobustMem.Experiments;

/// <summary>One point of the paper's experimental grid: model, activation, law, sizes, noise, ridge and seed.</summary>
/// <remarks>Defaults are the paper's: sphere, relu, noise σ = 1, 500 Monte Carlo points.</remarks>
public sealed record Regime(
    ModelKind Model,
    int D,
    int K,
    int N,
    Activation? Activation = null,
    InputLaw Law = InputLaw.Sphere,
    double Noise = 1,
    double Ridge = 0,
    int TestPoints = 500,
    int Seed = 0)
{
    /// <summary>Largest feature matrix we agree to build, in doubles: 2^28 (2 GiB), a quarter of nothing-else-running memory here.</summary>
    public const long MaxMatrixEntries = 1L << 28;

    public Activation Sigma => Activation ?? Activations.Activation.Relu;

    /// <summary>Feature dimension m: k (RF), kd (NTK), n for kernels (the dual dimension).</summary>
    public long FeatureDimension => Model switch
    {
        ModelKind.RandomFeatures => K,
        ModelKind.NeuralTangent => (long)K * D,
        _ => N,
    };

    /// <summary>The paper's lower bound on S: √(n/k) for finite-width NTK (claim III), √n otherwise.</summary>
    public double Bound => Model == ModelKind.NeuralTangent ? Math.Sqrt((double)N / K) : Math.Sqrt(N);

    /// <summary>Rejects a regime that cannot be run, with a message naming the parameter and its value.</summary>
    public Regime Validate()
    {
        Preconditions.CheckRange(D, 1, 1_000_000, "d");
        if (!Model.IsKernel()) Preconditions.CheckRange(K, 1, 10_000_000, "k");
        Preconditions.CheckRange(N, 1, 10_000_000, "n");
        Preconditions.CheckRange(Noise, 0, 1e6, "noise");
        Preconditions.CheckRange(Ridge, 0, 1e12, "ridge");
        Preconditions.CheckRange(TestPoints, 2, 10_000_000, "test-points");
        if (!Enum.IsDefined(Law)) throw new ArgumentOutOfRangeException("law", Law, $"unknown input law {Law}.");
        if (Model.IsKernel() && !RandomFeatureKernel.HasClosedForm(Sigma))
            throw new NotSupportedException($"{Model.Name()} with activation '{Sigma.Name}': no closed-form kernel; use relu, abs, erf or quadratic, or the finite model.");
        long largest = Math.Max((long)N * Math.Max(FeatureDimension, D), (long)TestPoints * Math.Max(N, FeatureDimension));
        if (largest > MaxMatrixEntries)
            throw new ArgumentOutOfRangeException("n", N, $"regime too large: a {largest:N0}-entry matrix (over {MaxMatrixEntries:N0}, 2 GiB) would not fit this machine; reduce n, k, d or test-points.");
        return this;
    }
}
