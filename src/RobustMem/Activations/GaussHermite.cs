namespace RobustMem.Activations;

/// <summary>Gauss–Hermite quadrature for the standard normal: E[f(g)] ≈ Σ_i w_i f(x_i), g ~ N(0, 1), Σ w_i = 1.</summary>
/// <remarks>
/// Nodes and weights by Golub–Welsch: the nodes are the eigenvalues of the Jacobi matrix of the probabilists' Hermite
/// polynomials (zero diagonal, off-diagonal √1 … √(n−1)), a weight is the squared first component of its eigenvector.
/// An n-point rule is exact for polynomials of degree ≤ 2n − 1; smooth activations converge exponentially, relu and abs
/// (a kink at 0) only algebraically, which is why their kernels keep their closed forms.
/// </remarks>
internal sealed class GaussHermite
{
    private static readonly Dictionary<int, GaussHermite> Cache = [];
    private static readonly Lock CacheLock = new();

    private GaussHermite(double[] nodes, double[] weights) => (Nodes, Weights) = (nodes, weights);

    public IReadOnlyList<double> Nodes { get; }
    public IReadOnlyList<double> Weights { get; }
    public int Count => Nodes.Count;

    /// <summary>The n-point rule (1 ≤ n ≤ 200), computed once per n.</summary>
    public static GaussHermite Rule(int n)
    {
        Preconditions.CheckRange(n, 1, 200, nameof(n));
        lock (CacheLock)
        {
            if (!Cache.TryGetValue(n, out var rule)) Cache[n] = rule = Compute(n);
            return rule;
        }
    }

    /// <summary>E[f(g)], g ~ N(0, 1).</summary>
    public double Expect(Func<double, double> f)
    {
        double sum = 0;
        for (int i = 0; i < Count; i++) sum += Weights[i] * f(Nodes[i]);
        return sum;
    }

    private static GaussHermite Compute(int n)
    {
        var jacobi = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(n, n);
        for (int i = 1; i < n; i++) jacobi[i, i - 1] = jacobi[i - 1, i] = Math.Sqrt(i);
        var evd = jacobi.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        var nodes = new double[n];
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            nodes[i] = evd.EigenValues[i].Real;
            weights[i] = evd.EigenVectors[0, i] * evd.EigenVectors[0, i];
        }
        // Symmetrise: the exact rule is symmetric about 0, so odd moments vanish to the last bit (abs's μ₁ = 0, relu's 1/2).
        var order = Enumerable.Range(0, n).OrderBy(i => nodes[i]).ToArray();
        var x = new double[n];
        var w = new double[n];
        for (int i = 0; i < n; i++)
        {
            int lo = order[i], hi = order[n - 1 - i];
            x[i] = (nodes[lo] - nodes[hi]) / 2;
            w[i] = (weights[lo] + weights[hi]) / 2;
        }
        if (n % 2 == 1) x[n / 2] = 0;
        double total = w.Sum();
        for (int i = 0; i < n; i++) w[i] /= total;
        return new GaussHermite(x, w);
    }
}
