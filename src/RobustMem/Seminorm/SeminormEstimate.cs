namespace RobustMem.Seminorm;

/// <summary>A Sobolev seminorm value with its standard error (0 when exact) and how it was computed.</summary>
internal sealed record SeminormEstimate(double Value, double StandardError, int Points, bool Exact);
