using MathNet.Numerics.LinearAlgebra;
using RobustMem.LinearAlgebra;

namespace RobustMem.Kernels;

/// <summary>A kernel that depends on x and x′ only through a = ‖x‖², b = ‖x′‖² and c = ⟨x, x′⟩.</summary>
/// <remarks>
/// Then ∇_{x′} K = (∂K/∂c) x + 2 (∂K/∂b) x′, so the gradient of Σ α_i K(x_i, x′) needs one gemm:
/// (∂K/∂c ∘ α) X plus a diagonal scaling of the points. This covers the norm terms that a pure
/// dot-product formula would miss for non-spherical laws and for erf (THEORY.md §1).
/// </remarks>
internal abstract class InnerProductKernel : IKernel
{
    private readonly ILinearAlgebra _la;

    /// <param name="inputDimension">d.</param>
    /// <param name="la">Backend; the process default when null.</param>
    /// <param name="weightSd">s in w ~ N(0, s²I_d), as <see cref="Features.WeightSampler"/>; null is the default 1/√d.</param>
    protected InnerProductKernel(int inputDimension, ILinearAlgebra? la, double? weightSd = null)
    {
        Preconditions.CheckRange(inputDimension, 1, int.MaxValue, nameof(inputDimension));
        InputDimension = inputDimension;
        // 1.0/d, not (1/√d)², when no scale is given: the default kernels keep their bytes.
        WeightVariance = weightSd is { } sd ? Features.WeightSampler.CheckSd(sd) * sd : 1.0 / inputDimension;
        _la = la ?? Backend.Current;
    }

    public abstract string Name { get; }
    public int InputDimension { get; }

    /// <summary>s² in w ~ N(0, s²I): by default 1/d, the finite-width convention, so that ΦΦᵀ → K as k grows.</summary>
    public double WeightVariance { get; }

    /// <summary>K as a function of a = ‖x‖², b = ‖x′‖², c = ⟨x, x′⟩.</summary>
    protected internal abstract double Value(double a, double b, double c);

    /// <summary>(∂K/∂c, ∂K/∂b) at (a, b, c).</summary>
    protected internal abstract (double dc, double db) Partials(double a, double b, double c);

    public Matrix<double> Gram(Matrix<double> x1, Matrix<double> x2)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(x1, "x1").ColumnCount, InputDimension, "x1 columns");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(x2, "x2").ColumnCount, InputDimension, "x2 columns");
        var c = _la.Multiply(x1, false, x2, true);
        var a = SquaredNorms(x1);
        var b = SquaredNorms(x2);
        var s = c.AsColumnMajorArray()!;
        int n1 = x1.RowCount;
        // Entries are independent (an arccos or erf each), so columns can go to every core without changing a bit.
        Parallel.For(0, x2.RowCount, t =>
        {
            for (int i = 0; i < n1; i++) s[t * n1 + i] = Value(a[i], b[t], s[t * n1 + i]);
        });
        return c;
    }

    public Matrix<double> Gradients(Matrix<double> train, Vector<double> alpha, Matrix<double> points)
    {
        Preconditions.CheckShape(Preconditions.CheckAllFinite(train, "train").ColumnCount, InputDimension, "train columns");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(points, "points").ColumnCount, InputDimension, "points columns");
        Preconditions.CheckShape(Preconditions.CheckAllFinite(alpha, "alpha").Count, train.RowCount, "alpha");
        var c = _la.Multiply(points, false, train, true); // M×n
        var a = SquaredNorms(train);
        var b = SquaredNorms(points);
        int m = points.RowCount, n = train.RowCount;
        var coefficient = c.AsColumnMajorArray()!;
        var radialPartials = new double[(long)m * n];
        // Column by column on every core; the radial sums over i are then one product, so their order never depends on threads.
        Parallel.For(0, n, i =>
        {
            for (int t = 0; t < m; t++)
            {
                var (dc, db) = Partials(a[i], b[t], coefficient[i * m + t]);
                coefficient[i * m + t] = dc * alpha[i];
                radialPartials[i * m + t] = 2 * db;
            }
        });
        var radial = _la.Multiply(Matrix<double>.Build.Dense(m, n, radialPartials), false, alpha);
        var g = _la.Multiply(c, false, train, false);
        for (int t = 0; t < m; t++)
            for (int l = 0; l < InputDimension; l++) g[t, l] += radial[t] * points[t, l];
        return g;
    }

    private static double[] SquaredNorms(Matrix<double> x)
    {
        var norms = new double[x.RowCount];
        for (int l = 0; l < x.ColumnCount; l++)
            for (int i = 0; i < x.RowCount; i++) norms[i] += x[i, l] * x[i, l];
        return norms;
    }

    /// <summary>ρ = c/√(ab), clamped to [−1, 1] against rounding.</summary>
    protected static double Cosine(double a, double b, double c) => Math.Clamp(c / Math.Sqrt(Math.Max(a * b, double.Epsilon)), -1, 1);

    /// <summary>√(1 − ρ²), kept away from 0 where a derivative divides by it (a test point equal to a training point).</summary>
    protected static double Sine(double rho) => Math.Sqrt(Math.Max(1 - rho * rho, 1e-300));
}
