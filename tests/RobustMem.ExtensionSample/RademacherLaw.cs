using RobustMem.Data;

namespace RobustMem.ExtensionSample;

/// <summary>
/// A toy input law defined outside the library: each coordinate ±1/√d with probability ½, so E x = 0, E xxᵀ = I/d and
/// ‖x‖² = 1 on every draw (the corners of the cube scaled into the unit sphere). Not rotation-invariant.
/// </summary>
public sealed class RademacherLaw : InputLaw
{
    public static readonly RademacherLaw Instance = new();

    public override string Name => "rademacher";
    public override bool IsRotationInvariant => false;
    public override LawMoments Moments(int d) => base.Moments(d) with { NormIsConstant = true };

    public override void Fill(double[] row, Rng rng)
    {
        double scale = 1 / Math.Sqrt(row.Length);
        for (int l = 0; l < row.Length; l++) row[l] = rng.NextDouble() < 0.5 ? -scale : scale;
    }
}
