using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>
/// The min-norm random-features interpolator f(x) = ⟨θ, σ(Wx)⟩/√k with θ = Zᵀα, α = (ZZᵀ)⁻¹y, held as its dual α:
/// predictions and gradients stream W again, block by block, and never store θ or W.
/// </summary>
internal sealed class StreamingInterpolant
{
    private readonly StreamingRandomFeatures _features;
    private readonly Matrix<double> _train;
    private Vector<double>? _theta;

    internal StreamingInterpolant(StreamingRandomFeatures features, Matrix<double> train, Vector<double> dual, Matrix<double> gram)
    {
        _features = features;
        _train = train;
        Dual = dual;
        Gram = gram;
    }

    /// <summary>α = (ZZᵀ)⁻¹y.</summary>
    public Vector<double> Dual { get; }

    /// <summary>ZZᵀ, N×N.</summary>
    public Matrix<double> Gram { get; }

    /// <summary>θ ∈ R^k, materialised (O(k) memory), for comparison with the dense fit.</summary>
    public Vector<double> Coefficients()
    {
        var theta = new double[_features.Width];
        int start = 0;
        foreach (var (_, block) in _features.CoefficientBlocks(_train, Dual))
        {
            for (int j = 0; j < block.Count; j++) theta[start + j] = block[j];
            start += block.Count;
        }
        return Vector<double>.Build.Dense(theta);
    }

    /// <summary>f at each row of <paramref name="points"/>: Σ_B σ(P W_Bᵀ)θ_B/√k.</summary>
    public Vector<double> Predict(Matrix<double> points)
    {
        _features.CheckPoints(points, nameof(points));
        var f = Vector<double>.Build.Dense(points.RowCount);
        foreach (var (w, theta) in _features.CoefficientBlocks(_train, Dual))
            f.Add(_features.Apply(points, w, _features.Activation.Value) * theta, f);
        return f;
    }

    /// <summary>
    /// ∇f at each row, as <see cref="Gradients"/>, with θ kept (k doubles): the first call computes θ_B in the same pass as
    /// its gradient, as <see cref="Gradients"/> does, and every later call draws W and multiplies the points only. θ_B is the
    /// same product as in <see cref="Gradients"/>, so the numbers are bit for bit the same; measure's many gradient calls
    /// (the Lipschitz ascent) use this, and a sensitivity-only measure makes two passes over W, as the figures' probe.
    /// </summary>
    public Matrix<double> GradientsWithKeptCoefficients(Matrix<double> points)
    {
        _features.CheckPoints(points, nameof(points));
        var g = Matrix<double>.Build.Dense(points.RowCount, _features.InputDimension);
        if (_theta is null)
        {
            var kept = new double[_features.Width];
            int at = 0;
            foreach (var (w, block) in _features.CoefficientBlocks(_train, Dual))
            {
                g.Add(SlopeProduct(points, w, block), g);
                for (int j = 0; j < block.Count; j++) kept[at + j] = block[j];
                at += block.Count;
            }
            _theta = Vector<double>.Build.Dense(kept);
            return g;
        }
        var theta = _theta;
        int start = 0;
        foreach (var w in _features.WeightBlocks())
        {
            g.Add(SlopeProduct(points, w, theta.SubVector(start, w.RowCount)), g);
            start += w.RowCount;
        }
        return g;
    }

    /// <summary>f at each row, as <see cref="Predict"/>, with θ kept (see <see cref="GradientsWithKeptCoefficients"/>).</summary>
    public Vector<double> PredictWithKeptCoefficients(Matrix<double> points)
    {
        _features.CheckPoints(points, nameof(points));
        var theta = _theta ??= Coefficients();
        var f = Vector<double>.Build.Dense(points.RowCount);
        int start = 0;
        foreach (var w in _features.WeightBlocks())
        {
            f.Add(_features.Apply(points, w, _features.Activation.Value) * theta.SubVector(start, w.RowCount), f);
            start += w.RowCount;
        }
        return f;
    }

    /// <summary>∇f at each row of <paramref name="points"/> (M×d): Σ_B (σ′(P W_Bᵀ) diag(θ_B)/√k) W_B, as <see cref="RandomFeatureMap.Gradients"/>.</summary>
    public Matrix<double> Gradients(Matrix<double> points)
    {
        _features.CheckPoints(points, nameof(points));
        var g = Matrix<double>.Build.Dense(points.RowCount, _features.InputDimension);
        foreach (var (w, theta) in _features.CoefficientBlocks(_train, Dual))
            g.Add(SlopeProduct(points, w, theta), g);
        return g;
    }

    // (σ′(P W_Bᵀ) diag(θ_B)/√k) W_B: one block's share of ∇f.
    private Matrix<double> SlopeProduct(Matrix<double> points, Matrix<double> w, Vector<double> theta)
    {
        var slopes = _features.Apply(points, w, _features.Activation.First);
        var s = Elementwise.Storage(slopes);
        int m = slopes.RowCount;
        for (int j = 0; j < theta.Count; j++)
            for (int i = 0; i < m; i++) s[j * m + i] *= theta[j];
        return _features.Algebra.Multiply(slopes, false, w, false);
    }
}
