using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data;

/// <summary>Points drawn from an <see cref="InputLaw"/>, one row per point, with each point's ±1 class when the law carries classes.</summary>
/// <param name="X">The points, n×d.</param>
/// <param name="Classes">+1 or −1 per point for a labelled file (<c>--classes a,b</c>), null for every other law.</param>
public sealed record DrawnPoints(Matrix<double> X, Vector<double>? Classes);
