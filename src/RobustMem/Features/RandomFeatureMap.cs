using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>Finite random features Φ(x) = σ(Wx)/√k ∈ R^k (THEORY.md §1, "Random features").</summary>
internal sealed class RandomFeatureMap : IFeatureMap
{
    private readonly ILinearAlgebra _la;
    private readonly double _scale;

    /// <param name="weights">W, k×d, rows w_j ~ N(0, I/d).</param>
    /// <param name="activation">σ.</param>
    /// <param name="la">Backend; the process default when null.</param>
    public RandomFeatureMap(Matrix<double> weights, Activation activation, ILinearAlgebra? la = null)
    {
        Weights = Preconditions.CheckAllFinite(weights, nameof(weights));
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
        _la = la ?? Backend.Current;
        _scale = 1 / Math.Sqrt(weights.RowCount);
    }

    public Matrix<double> Weights { get; }
    public Activation Activation { get; }
    public int Width => Weights.RowCount;
    public int InputDimension => Weights.ColumnCount;
    public int Dimension => Weights.RowCount;

    /// <summary>Pre-activations XWᵀ, n×k.</summary>
    public Matrix<double> PreActivations(Matrix<double> x)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(x, "x").ColumnCount, InputDimension, "x columns");
        return _la.Multiply(x, false, Weights, true);
    }

    public Matrix<double> Features(Matrix<double> x) => Elementwise.Apply(PreActivations(x), Activation.Value, _scale);

    /// <summary>f_v(x) = Σ_j v_j σ(w_j·x)/√k as aᵀσ(Wx) with a = v/√k.</summary>
    public TwoLayerNetwork AsNetwork(Vector<double> v) =>
        new(Preconditions.CheckAllFinite(v, nameof(v)) * _scale, Weights, Activation);

    // ∇f(x) = k^{-1/2} Wᵀ(σ′(Wx) ⊙ v): for all points at once, (σ′(XWᵀ) diag(v)) W / √k.
    public Matrix<double> Gradients(Matrix<double> x, Vector<double> v)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(v, "v").Count, Dimension, "v");
        var p = Elementwise.Apply(PreActivations(x), Activation.First, _scale);
        var s = Elementwise.Storage(p);
        int m = p.RowCount;
        for (int j = 0; j < Width; j++)
            for (int i = 0; i < m; i++) s[j * m + i] *= v[j];
        return _la.Multiply(p, false, Weights, false);
    }

    // J(x) = k^{-1/2} diag(σ′(Wx)) W, so column l of J is k^{-1/2} σ′(Wx) ⊙ W[:, l].
    public Matrix<double> StackedJacobians(Matrix<double> x)
    {
        var p = PreActivations(x);
        int points = x.RowCount, d = InputDimension, k = Width;
        var stacked = Matrix<double>.Build.Dense(points * d, k);
        for (int q = 0; q < points; q++)
            for (int j = 0; j < k; j++)
            {
                double g = _scale * Activation.First(p[q, j]);
                for (int l = 0; l < d; l++) stacked[q * d + l, j] = g * Weights[j, l];
            }
        return stacked;
    }
}
