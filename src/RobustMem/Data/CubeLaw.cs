namespace RobustMem.Data;

/// <summary>Uniform on [−√(3/d), √(3/d)]^d: each coordinate has variance (3/d)/3 = 1/d.</summary>
internal sealed class CubeLaw : InputLaw
{
    public override string Name => "cube";
    public override bool IsRotationInvariant => false;

    public override void Fill(double[] row, Rng rng)
    {
        int d = row.Length;
        double half = Math.Sqrt(3.0 / d);
        for (int l = 0; l < d; l++) row[l] = (2 * rng.NextDouble() - 1) * half;
    }
}
