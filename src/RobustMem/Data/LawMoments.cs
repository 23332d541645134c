namespace RobustMem.Data;

/// <summary>What a law promises about its first two moments: each coordinate's mean and variance, and E‖x‖².</summary>
/// <remarks>NormIsConstant is true when ‖x‖² is the same for every draw (the sphere), so a sample must match it exactly.</remarks>
public sealed record LawMoments(double CoordinateMean, double CoordinateVariance, double MeanSquaredNorm, bool NormIsConstant);
