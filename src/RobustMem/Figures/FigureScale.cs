namespace RobustMem.Figures;

/// <summary>How large the figures' regimes and grids are.</summary>
internal enum FigureScale
{
    /// <summary>Tiny regimes on a fixed seed, for the approved snapshots (seconds).</summary>
    Snapshot,
    /// <summary><c>robustmem reproduce</c>: the paper's figures at reduced sizes (a minute or two on 2 cores).</summary>
    Default,
    /// <summary><c>robustmem reproduce --full</c>: the paper's sizes and grids.</summary>
    Full,
}
