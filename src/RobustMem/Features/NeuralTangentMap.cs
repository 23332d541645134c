using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>First-layer neural tangent features Φ(x) = vec(σ′(Wx) xᵀ)/√k ∈ R^{kd}, index j·d + l (THEORY.md §1).</summary>
internal sealed class NeuralTangentMap : IFeatureMap
{
    private readonly ILinearAlgebra _la;
    private readonly double _scale;

    public NeuralTangentMap(Matrix<double> weights, Activation activation, ILinearAlgebra? la = null, bool includeCurvatureTerm = true)
    {
        Weights = Preconditions.CheckAllFinite(weights, nameof(weights));
        Activation = activation ?? throw new ArgumentNullException(nameof(activation));
        IncludeCurvatureTerm = includeCurvatureTerm;
        _la = la ?? Backend.Current;
        _scale = 1 / Math.Sqrt(weights.RowCount);
    }

    public Matrix<double> Weights { get; }
    public Activation Activation { get; }

    /// <summary>
    /// Whether the gradient keeps its σ″(w_j·x)⟨a_j,x⟩w_j term. Only a deliberately broken control turns it off:
    /// the published code drops it, which is wrong for erf, tanh and quadratic.
    /// </summary>
    public bool IncludeCurvatureTerm { get; }

    public int Width => Weights.RowCount;
    public int InputDimension => Weights.ColumnCount;
    public int Dimension => Weights.RowCount * Weights.ColumnCount;

    public Matrix<double> Features(Matrix<double> x)
    {
        var z = PreActivations(x);
        int n = x.RowCount, k = Width, d = InputDimension;
        var phi = new double[(long)n * k * d];
        var xs = Elementwise.Storage(x);
        for (int j = 0; j < k; j++)
            for (int i = 0; i < n; i++)
            {
                double g = _scale * Activation.First(z[i, j]);
                long column = (long)j * d;
                for (int l = 0; l < d; l++) phi[(column + l) * n + i] = g * xs[l * n + i];
            }
        return Matrix<double>.Build.Dense(n, k * d, phi);
    }

    /// <summary>Pre-activations XWᵀ, n×k, after checking x's shape and entries.</summary>
    public Matrix<double> PreActivations(Matrix<double> x)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(x, "x").ColumnCount, InputDimension, "x columns");
        return _la.Multiply(x, false, Weights, true);
    }

    /// <summary>The coefficient matrix A (k×d) of f_A, row j = a_j = v[j·d .. j·d + d − 1].</summary>
    public Matrix<double> Reshape(Vector<double> v)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(v, "v").Count, Dimension, "v");
        int k = Width, d = InputDimension;
        return Matrix<double>.Build.Dense(k, d, (j, l) => v[j * d + l]);
    }

    // ∇f(x) = k^{-1/2} Σ_j [σ′(w_j·x) a_j + σ″(w_j·x)⟨a_j, x⟩ w_j]; for all points: (σ′(Z) A + (σ″(Z) ⊙ XAᵀ) W)/√k.
    public Matrix<double> Gradients(Matrix<double> x, Vector<double> v) => Gradients(x, Reshape(v));

    /// <summary>∇f at each row for the coefficients held as the k×d matrix A (row j is a_j = θ_j): Θᵀσ′(Wx) + Wᵀ(σ″(Wx) ∘ Θx),
    /// O(kd) a point; the dual route keeps A rather than re-shaping v on every call of the Lipschitz ascent.</summary>
    public Matrix<double> Gradients(Matrix<double> x, Matrix<double> a)
    {
        Preconditions.CheckShape(a.RowCount, Width, "A rows");
        Preconditions.CheckShape(a.ColumnCount, InputDimension, "A columns");
        var z = PreActivations(x);
        var g = _la.Multiply(Elementwise.Apply(z, Activation.First, _scale), false, a, false);
        if (!IncludeCurvatureTerm) return g;
        var p = _la.Multiply(x, false, a, true);
        var curvature = Elementwise.Apply(z, Activation.Second, _scale);
        curvature.PointwiseMultiply(p, curvature);
        return g + _la.Multiply(curvature, false, Weights, false);
    }

    /// <summary>f(x) = Σ_j σ′(w_j·x)⟨a_j, x⟩/√k at each row, from A (k×d): two n×k products, never a row of Φ (kd long).</summary>
    public Vector<double> Predict(Matrix<double> x, Matrix<double> a)
    {
        Preconditions.CheckShape(a.RowCount, Width, "A rows");
        Preconditions.CheckShape(a.ColumnCount, InputDimension, "A columns");
        var slopes = Elementwise.Apply(PreActivations(x), Activation.First, _scale);
        slopes.PointwiseMultiply(_la.Multiply(x, false, a, true), slopes);
        return slopes.RowSums();
    }

    // ∂Φ_{(j,l')}/∂x_l = k^{-1/2} [σ′(z_j) δ_{l l'} + σ″(z_j) x_{l'} W_{j l}].
    public Matrix<double> StackedJacobians(Matrix<double> x)
    {
        var z = PreActivations(x);
        int points = x.RowCount, d = InputDimension, k = Width;
        var stacked = Matrix<double>.Build.Dense(points * d, k * d);
        for (int q = 0; q < points; q++)
            for (int j = 0; j < k; j++)
            {
                double g1 = _scale * Activation.First(z[q, j]);
                double g2 = IncludeCurvatureTerm ? _scale * Activation.Second(z[q, j]) : 0;
                for (int l = 0; l < d; l++)
                {
                    stacked[q * d + l, j * d + l] += g1;
                    if (g2 != 0)
                        for (int lp = 0; lp < d; lp++) stacked[q * d + l, j * d + lp] += g2 * x[q, lp] * Weights[j, l];
                }
            }
        return stacked;
    }
}
