namespace RobustMem.Data;

/// <summary>Product Laplace, each coordinate of variance 1/d.</summary>
internal sealed class LaplaceLaw : InputLaw
{
    public override string Name => "laplace";
    public override bool IsRotationInvariant => false;

    public override void Fill(double[] row, Rng rng)
    {
        int d = row.Length;
        // Laplace(b) has variance 2b²; b = 1/√(2d) gives variance 1/d.
        double b = 1 / Math.Sqrt(2.0 * d);
        for (int l = 0; l < d; l++)
        {
            double u = rng.NextDouble() - 0.5;
            row[l] = -b * Math.Sign(u) * Math.Log(1 - 2 * Math.Abs(u));
        }
    }
}
