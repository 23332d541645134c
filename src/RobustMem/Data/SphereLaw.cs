namespace RobustMem.Data;

/// <summary>Uniform on the unit sphere: a standard Gaussian point over its norm.</summary>
internal sealed class SphereLaw : InputLaw
{
    public override string Name => "sphere";
    public override bool IsRotationInvariant => true;
    public override LawMoments Moments(int d) => base.Moments(d) with { NormIsConstant = true };

    public override void Fill(double[] row, Rng rng)
    {
        int d = row.Length;
        double norm2;
        do
        {
            norm2 = 0;
            for (int l = 0; l < d; l++) { row[l] = rng.NextGaussian(); norm2 += row[l] * row[l]; }
        } while (norm2 == 0);
        double inv = 1 / Math.Sqrt(norm2);
        for (int l = 0; l < d; l++) row[l] *= inv;
    }
}
