namespace RobustMem.Experiments;

/// <summary>What one route through a regime costs, for the size checks of <see cref="Regime.Validate"/> and <see cref="Regime.ValidateForSensitivity"/>.</summary>
/// <param name="LargestMatrix">Entries of the largest matrix the route holds, in doubles (checked against <see cref="Regime.MaxMatrixEntries"/>).</param>
/// <param name="Work">Leading-order multiply-adds.</param>
/// <param name="WorkLimit">The most the route may do: its operations run at different rates, so the limit is per route
/// (<see cref="Regime.MaxWork"/> for measure's SVD-bound fit, <see cref="Regime.MaxStreamedWork"/> for the gemm-bound streamed ones).</param>
/// <param name="Sizes">The sizes the refusal asks to reduce, e.g. "n, k, d or test-points".</param>
public sealed record RouteCost(double LargestMatrix, double Work, double WorkLimit, string Sizes)
{
    /// <summary>Multiply-adds per second the route runs at on this machine (<see cref="Regime.DenseRate"/>, <see cref="Regime.StreamedRate"/>).</summary>
    public double Rate { get; init; } = Regime.DenseRate;

    /// <summary>The route's name in messages: dense, dual (finite NTK), streamed (finite RF).</summary>
    public string Route { get; init; } = "dense";

    /// <summary>Estimated wall time, <see cref="Work"/>/<see cref="Rate"/>.</summary>
    public double Seconds => Work / Rate;

    /// <summary>The most time the guard lets the route take without an override: <see cref="WorkLimit"/>/<see cref="Rate"/>.</summary>
    public double SecondsLimit => WorkLimit / Rate;
}
