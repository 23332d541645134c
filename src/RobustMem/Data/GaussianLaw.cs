namespace RobustMem.Data;

/// <summary>N(0, I/d).</summary>
internal sealed class GaussianLaw : InputLaw
{
    public override string Name => "gaussian";
    public override bool IsRotationInvariant => true;

    public override void Fill(double[] row, Rng rng)
    {
        int d = row.Length;
        double sd = 1 / Math.Sqrt(d);
        for (int l = 0; l < d; l++) row[l] = rng.NextGaussian() * sd;
    }
}
