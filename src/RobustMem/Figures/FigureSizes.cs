namespace RobustMem.Figures;

/// <summary>The sizes of every figure at one <see cref="FigureScale"/>: input dimension d, width k and grid of n per figure.</summary>
/// <remarks>
/// Full follows the sanity runs of the paper's setting (d = 300–500, k up to 1000); Default divides them so a run takes
/// about a minute on 2 cores; Snapshot is tiny, for the approved curves. Every member is named so that a scale reads as
/// a table, not as a row of numbers in constructor order.
/// </remarks>
internal sealed record FigureSizes
{
    /// <summary>d of the finite random-features figure (rf-relu).</summary>
    public required int RandomFeaturesD { get; init; }

    /// <summary>The widths k of the finite random-features figure, one curve each.</summary>
    public required IReadOnlyList<int> RandomFeaturesWidths { get; init; }

    /// <summary>d of the finite neural-tangent figure (ntk-relu).</summary>
    public required int NeuralTangentD { get; init; }

    /// <summary>The widths k of the finite neural-tangent figure, one curve each.</summary>
    public required IReadOnlyList<int> NeuralTangentWidths { get; init; }

    /// <summary>d of the kernels figure; claim I needs d ≳ n, so it is larger than the finite ones'.</summary>
    public required int KernelD { get; init; }

    /// <summary>d of the activations figure (erf, tanh, abs, quadratic RF).</summary>
    public required int ActivationsD { get; init; }

    /// <summary>k of the activations figure; erf/tanh peak at d too, so k must sit well past 2d for claim M to find both (k = 2d failed).</summary>
    public required int ActivationsK { get; init; }

    /// <summary>d of the label-noise figure (claim N).</summary>
    public required int NoiseD { get; init; }

    /// <summary>k of the label-noise figure; its grid stays below k/2.</summary>
    public required int NoiseK { get; init; }

    /// <summary>d of the ridge figure (claim R).</summary>
    public required int RidgeD { get; init; }

    /// <summary>k of the ridge figure.</summary>
    public required int RidgeK { get; init; }

    /// <summary>d of the tightness figure (claim T).</summary>
    public required int TightnessD { get; init; }

    /// <summary>k of the tightness figure; its grid stays below k/2.</summary>
    public required int TightnessK { get; init; }

    /// <summary>Log-spaced points of each grid of n, before the points around thresholds are added.</summary>
    public required int GridPoints { get; init; }

    /// <summary>The largest n of a finite model's grid, unless twice its last threshold is larger.</summary>
    public required int MaxN { get; init; }

    /// <summary>The largest n of the kernels' grid.</summary>
    public required int KernelMaxN { get; init; }

    /// <summary>Fresh points of the test error and of the Monte Carlo S.</summary>
    public required int TestPoints { get; init; }

    /// <summary>Seeds at the anchor points of a bound's window, in the figures that judge a bound (<see cref="FigureSpec.WindowSeeds"/>).</summary>
    public required int WindowSeeds { get; init; }

    /// <summary>
    /// The same for the finite NTK figure: its widest width's deflated exponent sits at −0.08, 0.07 from the tight band's
    /// edge, where 20 seeds left it undetermined in about one run in seven; its window points cost little (n ≤ 2d).
    /// </summary>
    public required int NeuralTangentWindowSeeds { get; init; }

    /// <summary>The same for the kernels figure: its windows span n = 10 … d = 300, where per-seed slopes scatter by 0.055, half the finite models' 0.1.</summary>
    public required int KernelWindowSeeds { get; init; }

    /// <summary>The sizes at <paramref name="scale"/>; an unknown scale throws rather than borrowing another's sizes.</summary>
    public static FigureSizes Of(FigureScale scale) => scale switch
    {
        FigureScale.Snapshot => Snapshot,
        FigureScale.Default => Default,
        FigureScale.Full => Full,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "no figure sizes for this scale"),
    };

    private static FigureSizes Snapshot { get; } = new()
    {
        RandomFeaturesD = 20, RandomFeaturesWidths = [40], NeuralTangentD = 8, NeuralTangentWidths = [4], KernelD = 60,
        ActivationsD = 10, ActivationsK = 60, NoiseD = 10, NoiseK = 120, RidgeD = 20, RidgeK = 40, TightnessD = 20, TightnessK = 60,
        GridPoints = 7, MaxN = 80, KernelMaxN = 60, TestPoints = 200, WindowSeeds = 0, NeuralTangentWindowSeeds = 0, KernelWindowSeeds = 0,
    };

    private static FigureSizes Default { get; } = new()
    {
        RandomFeaturesD = 100, RandomFeaturesWidths = [200, 300, 400], NeuralTangentD = 48, NeuralTangentWidths = [4, 8, 16], KernelD = 300,
        ActivationsD = 150, ActivationsK = 400, NoiseD = 20, NoiseK = 400, RidgeD = 60, RidgeK = 120, TightnessD = 100, TightnessK = 300,
        GridPoints = 10, MaxN = 400, KernelMaxN = 300, TestPoints = 500, WindowSeeds = 20, NeuralTangentWindowSeeds = 40, KernelWindowSeeds = 12,
    };

    private static FigureSizes Full { get; } = new()
    {
        RandomFeaturesD = 300, RandomFeaturesWidths = [250, 500, 1000], NeuralTangentD = 50, NeuralTangentWidths = [5, 10, 20], KernelD = 500,
        ActivationsD = 100, ActivationsK = 1000, NoiseD = 30, NoiseK = 1500, RidgeD = 300, RidgeK = 500, TightnessD = 300, TightnessK = 1000,
        GridPoints = 16, MaxN = 2000, KernelMaxN = 500, TestPoints = 500, WindowSeeds = 0, NeuralTangentWindowSeeds = 0, KernelWindowSeeds = 0,
    };
}
