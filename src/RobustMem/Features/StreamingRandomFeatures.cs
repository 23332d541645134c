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
    public Matrix<double> Gram(Matrix<double> x) => GramAndSlopeMap(x, null).Gram;

    /// <summary>
    /// ZZᵀ and, for a point p, the n×d matrix Mᵀ = Σ_B Z_B diag(σ′(W_B p)/√k) W_B, in one pass over W: ∇f(p) = Mα for any
    /// dual α on this Gram, since ∇f(p) = Σ_B W_Bᵀ(σ′(W_B p)/√k ⊙ Z_Bᵀα). The sensitivity at p then needs no second pass,
    /// which would draw W, multiply X by it and apply σ again; M costs one product of the same size as X·W_Bᵀ instead.
    /// </summary>
    /// <remarks>σ is applied in place, and both sums accumulate in place (<see cref="ILinearAlgebra.AddOuterGramLower"/>,
    /// <see cref="ILinearAlgebra.MultiplyAdd"/>, an untransposed dgemm): no n×n, n×d or second n×block matrix per block.</remarks>
    internal (Matrix<double> Gram, Matrix<double>? SlopeMapTransposed) GramAndSlopeMap(Matrix<double> x, Vector<double>? point)
    {
        CheckPoints(x, "x");
        int n = x.RowCount;
        var gram = Matrix<double>.Build.Dense(n, n);
        if (point is not null) Preconditions.CheckShape(point.Count, InputDimension, "point");
        var slopeMap = point is null ? null : Matrix<double>.Build.Dense(n, InputDimension);
        var p = point is null ? null : Matrix<double>.Build.DenseOfRowVectors(point);
        // Full blocks reuse one W and one n×block buffer (X·W_Bᵀ accumulated onto zeros, the same product): a pass then
        // allocates no large array per block, so the garbage collector holds no dead blocks at the peak.
        var buffer = new double[(long)n * Math.Min(BlockSize, Width)];
        foreach (var w in WeightBlocks(reuse: true))
        {
            Matrix<double> z;
            if (w.RowCount * (long)n == buffer.Length)
            {
                Array.Clear(buffer);
                z = Matrix<double>.Build.Dense(n, w.RowCount, buffer);
                _la.MultiplyAdd(x, false, w, true, z);
            }
            else z = _la.Multiply(x, false, w, true);
            Elementwise.ApplyInPlace(z, Activation.Value, _scale);
            _la.AddOuterGramLower(z, gram);
            if (p is null) continue;
            // Z_B diag(σ′(W_B p)/√k), in place (column j of Z_B is feature j at the n points), then Mᵀ += (Z_B diag(·)) W_B.
            var slopes = Elementwise.Storage(Apply(p, w, Activation.First));
            var scaled = Elementwise.Storage(z);
            for (int j = 0; j < slopes.Length; j++)
                for (int i = 0; i < n; i++) scaled[(long)j * n + i] *= slopes[j];
            _la.MultiplyAdd(z, false, w, false, slopeMap!);
        }
        var g = Elementwise.Storage(gram);
        for (int j = 0; j < n; j++)
            for (int i = j + 1; i < n; i++) g[(long)i * n + j] = g[(long)j * n + i];
        return (gram, slopeMap);
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
    /// <param name="reuse">Full blocks share one storage, overwritten by the next block: for a caller done with each block
    /// before it asks for the next.</param>
    internal IEnumerable<Matrix<double>> WeightBlocks(bool reuse = false)
    {
        var rng = _weightStream();
        double[]? shared = reuse ? new double[(long)Math.Min(BlockSize, Width) * InputDimension] : null;
        for (int start = 0; start < Width; start += BlockSize)
        {
            int rows = Math.Min(BlockSize, Width - start);
            if (shared is not null && (long)rows * InputDimension == shared.Length)
            {
                WeightSampler.Fill(shared, rows, InputDimension, rng, _weightSd);
                yield return Matrix<double>.Build.Dense(rows, InputDimension, shared);
            }
            else yield return WeightSampler.Draw(rows, InputDimension, rng, _weightSd);
            Progress?.Report((double)(start + rows) / Width);
        }
    }
}
