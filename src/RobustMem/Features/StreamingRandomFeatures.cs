using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Fit;
using RobustMem.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>
/// Random features Φ(x) = σ(Wx)/√k for k ≫ N without the N×k feature matrix: W and the features are made in blocks of
/// rows of W, so memory is O(N² + (N + M + d)·block) for N training and M query points (issue 13, item 5).
/// </summary>
/// <remarks>
/// W is drawn block by block from a fresh weight stream on every pass, with
/// <see cref="WeightSampler"/>'s row-by-row order, so it is bit for bit the W of <c>WeightSampler.Draw(k, d, stream, s)</c>
/// and the model is the one <see cref="RandomFeatureMap"/> would fit. A pass costs O((N + M)·k·d); W is never stored.
/// </remarks>
internal sealed class StreamingRandomFeatures
{
    private readonly Func<Rng> _weightStream;
    private readonly double? _weightSd;
    private readonly ILinearAlgebra _la;
    private readonly double _scale;

    /// <param name="activation">σ.</param>
    /// <param name="width">k.</param>
    /// <param name="inputDimension">d.</param>
    /// <param name="weightStream">A fresh weight stream at its start on every call, e.g. <c>() =&gt; streams.Weights</c>.</param>
    /// <param name="weightSd">s in w_j ~ N(0, s²I_d); null is 1/√d.</param>
    /// <param name="blockSize">Rows of W per block.</param>
    /// <param name="la">Backend; the process default when null.</param>
    public StreamingRandomFeatures(Activation activation, int width, int inputDimension, Func<Rng> weightStream, double? weightSd = null,
        int blockSize = DefaultBlockSize, ILinearAlgebra? la = null)
    {
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
        Width = Preconditions.CheckRange(width, 1, int.MaxValue, nameof(width));
        InputDimension = Preconditions.CheckRange(inputDimension, 1, int.MaxValue, nameof(inputDimension));
        _weightStream = weightStream ?? throw new ArgumentNullException(nameof(weightStream));
        if (weightSd is { } sd) WeightSampler.CheckSd(sd);
        _weightSd = weightSd;
        BlockSize = Preconditions.CheckRange(blockSize, 1, int.MaxValue, nameof(blockSize));
        _la = la ?? Backend.Current;
        _scale = 1 / Math.Sqrt(width);
    }

    /// <summary>1024 rows: at d = 1000 a block of W is 8 MB, and one gemm per block keeps BLAS efficient.</summary>
    public const int DefaultBlockSize = 1024;

    public Activation Activation { get; }
    public int Width { get; }
    public int InputDimension { get; }
    public int BlockSize { get; }

    /// <summary>Told the fraction of W's rows done after each block of every pass, for a caller's progress line on long points.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>ZZᵀ = Σ_blocks σ(X W_Bᵀ)σ(X W_Bᵀ)ᵀ/k, N×N.</summary>
    public Matrix<double> Gram(Matrix<double> x)
    {
        CheckPoints(x, "x");
        var gram = Matrix<double>.Build.Dense(x.RowCount, x.RowCount);
        foreach (var w in WeightBlocks())
            gram.Add(_la.OuterGram(Elementwise.Apply(_la.Multiply(x, false, w, true), Activation.Value, _scale)), gram);
        return gram;
    }

    /// <summary>
    /// The min-norm (ridge λ) interpolator θ = Zᵀ(ZZᵀ + nλI)⁻¹y, its dual solved by <see cref="KernelInterpolator"/>'s
    /// certified Cholesky route; null when that route does not certify the Gram (not positive definite, or cond(Z) above 10⁴).
    /// </summary>
    public StreamingInterpolant? TryInterpolate(Matrix<double> x, Vector<double> y, double ridge = 0)
    {
        CheckPoints(x, "x");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(y, nameof(y)).Count, x.RowCount, "y");
        var gram = Gram(x);
        return new KernelInterpolator(ridge, _la).TrySolveByCholesky(gram, y) is { } dual ? new StreamingInterpolant(this, x, dual.Alpha, gram) : null;
    }

    /// <summary>The interpolant of a dual α already solved on this map's Gram (measure's streamed route, which also keeps the solver's report).</summary>
    internal StreamingInterpolant Interpolant(Matrix<double> x, Vector<double> dual, Matrix<double> gram) => new(this, x, dual, gram);

    /// <summary>The min-norm interpolator (<see cref="TryInterpolate"/>); a Gram the Cholesky route does not certify throws.</summary>
    public StreamingInterpolant Interpolate(Matrix<double> x, Vector<double> y) =>
        TryInterpolate(x, y) ?? throw new ArgumentException("the streamed Gram ZZᵀ is not certified positive definite (k < N, repeated inputs, or cond(Z) above 10⁴): no min-norm dual to stream.");

    /// <summary>θ_B = σ(X W_Bᵀ)ᵀα/√k for each block, with the block of W it belongs to.</summary>
    internal IEnumerable<(Matrix<double> W, Vector<double> Theta)> CoefficientBlocks(Matrix<double> train, Vector<double> dual)
    {
        foreach (var w in WeightBlocks())
        {
            var features = Elementwise.Apply(_la.Multiply(train, false, w, true), Activation.Value, _scale);
            yield return (w, _la.Multiply(features, true, Matrix<double>.Build.DenseOfColumnVectors(dual), false).Column(0));
        }
    }

    /// <summary>σ(P W_Bᵀ) or σ′(P W_Bᵀ), scaled by 1/√k, for query points P.</summary>
    internal Matrix<double> Apply(Matrix<double> points, Matrix<double> w, Func<double, double> f) =>
        Elementwise.Apply(_la.Multiply(points, false, w, true), f, _scale);

    internal ILinearAlgebra Algebra => _la;

    internal void CheckPoints(Matrix<double> x, string name) =>
        Preconditions.CheckShape(Preconditions.CheckAllFinite(x, name).ColumnCount, InputDimension, $"{name} columns");

    /// <summary>W, block by block, re-drawn from the start of its stream.</summary>
    internal IEnumerable<Matrix<double>> WeightBlocks()
    {
        var rng = _weightStream();
        for (int start = 0; start < Width; start += BlockSize)
        {
            int rows = Math.Min(BlockSize, Width - start);
            yield return WeightSampler.Draw(rows, InputDimension, rng, _weightSd);
            Progress?.Report((double)(start + rows) / Width);
        }
    }
}
