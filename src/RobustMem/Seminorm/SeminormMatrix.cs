using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Features;
using RobustMem.LinearAlgebra;

namespace RobustMem.Seminorm;

/// <summary>The matrix C = E_x[J(x) J(x)ᵀ] with S(f_v)² = vᵀCv, exact where THEORY.md gives a closed form.</summary>
internal static class SeminormMatrix
{
    /// <summary>True when C has a closed form: RF with relu or abs under a rotation-invariant law.</summary>
    public static bool HasExactForm(IFeatureMap map, InputLaw law) =>
        map is RandomFeatureMap rf && (rf.Activation == Activation.Relu || rf.Activation == Activation.Abs) && law.IsRotationInvariant;

    /// <summary>C = (1/k)(WWᵀ) ⊙ E_x[σ′(Wx)σ′(Wx)ᵀ], the expectation in closed form in the angle θ between w_i and w_j.</summary>
    /// <remarks>relu: P(w_i·x > 0, w_j·x > 0) = (π − θ)/(2π); abs: E[sign·sign] = 1 − 2θ/π. Both need only rotation invariance of x.</remarks>
    public static Matrix<double> ExactRandomFeature(RandomFeatureMap map, ILinearAlgebra? la = null)
    {
        if (map.Activation != Activation.Relu && map.Activation != Activation.Abs)
            throw new NotSupportedException($"the exact seminorm matrix exists for relu and abs only, not {map.Activation.Name}.");
        var gram = (la ?? Backend.Current).OuterGram(map.Weights);
        int k = map.Width;
        bool relu = map.Activation == Activation.Relu;
        var g = Elementwise.Storage(gram);
        var c = new double[(long)k * k];
        // k² arccos at k = 1000 are most of this: C is symmetric, so each is taken once, and columns go to every core.
        Parallel.For(0, k, j =>
        {
            for (int i = j; i < k; i++)
            {
                double cos = Math.Clamp(g[j * k + i] / Math.Sqrt(g[i * k + i] * g[j * k + j]), -1, 1);
                double theta = i == j ? 0 : Math.Acos(cos);
                double e = relu ? (Math.PI - theta) / (2 * Math.PI) : 1 - 2 * theta / Math.PI;
                c[j * k + i] = c[i * k + j] = g[j * k + i] * e / k;
            }
        });
        return Matrix<double>.Build.Dense(k, k, c);
    }

    /// <summary>C estimated from the Jacobians at the rows of <paramref name="points"/>: (stacked)ᵀ(stacked)/M.</summary>
    /// <remarks>THEORY.md §4 asks for M·d ≫ m points; the caller chooses M and reports it.</remarks>
    public static Matrix<double> MonteCarlo(IFeatureMap map, Matrix<double> points, ILinearAlgebra? la = null)
    {
        var stacked = map.StackedJacobians(points);
        return (la ?? Backend.Current).Multiply(stacked, true, stacked, false) / points.RowCount;
    }
}
