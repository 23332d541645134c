namespace RobustMem.SharperLaws;

/// <summary>One measured point of a sensitivity figure.</summary>
/// <param name="Activation">σ's name.</param>
/// <param name="N">Training points.</param>
/// <param name="K">Width k; null for the infinite-width kernel interpolator.</param>
/// <param name="Parameters">p (k for RF, kd for NTK); null for the kernel.</param>
/// <param name="Seed">Seed of every stream of the fit.</param>
/// <param name="Sensitivity">‖∇f(x₀)‖; NaN when the fit is ill-posed.</param>
/// <param name="UniversalBound">√(Nd/p); null for the kernel.</param>
/// <param name="SensitivityPaper">S in the sharper laws' unit, √d·‖∇_z f(z₀)‖, on a file's points (<see cref="Data.Files.FileLaw.PaperUnit"/>); null on the synthetic figures, whose unit is already theirs.</param>
internal sealed record SensitivityPoint(string Activation, int N, int? K, long? Parameters, int Seed, double Sensitivity, double? UniversalBound, double? SensitivityPaper = null)
{
    /// <summary>How the CSV and the manifests write the kernel's width.</summary>
    public const string InfiniteWidth = "inf";
}
