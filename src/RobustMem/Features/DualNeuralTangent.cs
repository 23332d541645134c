using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Features;

/// <summary>
/// The finite NTK model of <see cref="NeuralTangentMap"/> fitted in its dual, without the N×kd feature matrix Z: the Gram
/// ZZᵀ from the N×k slopes and XXᵀ, and the coefficients v = Zᵀα as the k×d matrix A (issue 13, item 5).
/// </summary>
/// <remarks>
/// With Φ(x) = vec(σ′(Wx) xᵀ)/√k, ⟨Φ(x_i), Φ(x_m)⟩ = (Σ_j σ′(w_j·x_i)σ′(w_j·x_m)/k)·(x_i·x_m), so ZZᵀ = (SSᵀ) ∘ (XXᵀ)
/// with S = σ′(XWᵀ)/√k, and a_j = Σ_i α_i S_ij x_i, i.e. A = Sᵀ diag(α) X. Time O(N·k·d + N²·(k + d)), memory
/// O(N² + N·k + k·d + N·d), where Z would be N·k·d doubles (3.6·10⁸ at the sharper laws' largest point).
/// </remarks>
internal sealed class DualNeuralTangent
{
    private readonly ILinearAlgebra _la;

    /// <param name="map">The feature map whose model is fitted: its W, σ and gradient (with its σ″ term).</param>
    /// <param name="la">Backend; the process default when null.</param>
    public DualNeuralTangent(NeuralTangentMap map, ILinearAlgebra? la = null)
    {
        Map = map ?? throw new ArgumentNullException(nameof(map));
        _la = la ?? Backend.Current;
    }

    public NeuralTangentMap Map { get; }

    /// <summary>ZZᵀ = (σ′(XWᵀ)σ′(XWᵀ)ᵀ/k) ∘ (XXᵀ), N×N.</summary>
    public Matrix<double> Gram(Matrix<double> x)
    {
        var gram = _la.OuterGram(Slopes(x));
        gram.PointwiseMultiply(_la.OuterGram(x), gram);
        return gram;
    }

    /// <summary>v = Zᵀα, in <see cref="NeuralTangentMap"/>'s order (index j·d + l is A[j, l]), for its <c>Gradients</c>.</summary>
    public Vector<double> Coefficients(Matrix<double> x, Vector<double> dual) =>
        Vector<double>.Build.Dense(CoefficientMatrix(x, dual).ToRowMajorArray());

    /// <summary>The same coefficients as the k×d matrix A = Sᵀ diag(α) X (row j is a_j), as <see cref="NeuralTangentMap.Gradients(Matrix{double}, Matrix{double})"/> takes them.</summary>
    public Matrix<double> CoefficientMatrix(Matrix<double> x, Vector<double> dual)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(dual, nameof(dual)).Count, x.RowCount, "dual");
        var weighted = x.Clone();
        for (int i = 0; i < x.RowCount; i++) weighted.SetRow(i, x.Row(i) * dual[i]);
        return _la.Multiply(Slopes(x), true, weighted, false);
    }

    // S = σ′(XWᵀ)/√k, N×k, after the map's checks of x.
    private Matrix<double> Slopes(Matrix<double> x) =>
        Elementwise.Apply(Map.PreActivations(x), Map.Activation.First, 1 / Math.Sqrt(Map.Width));
}
