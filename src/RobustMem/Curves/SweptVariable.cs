using System.Globalization;
using RobustMem.Experiments;
using RobustMem.Schema;

namespace RobustMem.Curves;

/// <summary>
/// What a curve sweeps: the training-set size n at a fixed width (the paper's figures, <see cref="N"/>), or the width k
/// at a fixed n, the infinite-width kernel last (the sharper laws' figures, <see cref="Width"/>). A curve's grid points,
/// the regime at each, a point's coordinate, the CSV columns that change along the curve and the items' ids come from here.
/// </summary>
internal abstract class SweptVariable
{
    /// <summary>n ascending: the regime at n is the curve's base with N = n.</summary>
    public static SweptVariable N { get; } = new TrainingPoints();

    /// <summary>k ascending, then the base model's infinite-width limit (grid point null, written <c>inf</c>).</summary>
    public static SweptVariable Width { get; } = new Widths();

    /// <summary>How ids and manifests write the kernel's grid point.</summary>
    public const string InfiniteWidth = "inf";

    /// <summary>The curve's grid points in canonical order (the order of its CSV rows); null is the infinite-width kernel.</summary>
    public abstract IReadOnlyList<int?> Points(CurveSpec curve);

    /// <summary>The regime at grid point <paramref name="x"/> and <paramref name="seed"/>.</summary>
    public abstract Regime At(CurveSpec curve, int? x, int seed);

    /// <summary>A point's grid point.</summary>
    public abstract int? Of(CurvePoint point);

    /// <summary>The regime columns (<see cref="RegimeColumns.Names"/>) that change along a curve, besides seed and repeat.</summary>
    public abstract IReadOnlyList<string> Varying { get; }

    /// <summary>A point read from a CSV row, given the row's cell of each regime column: its grid point put back.</summary>
    public abstract CurvePoint Placed(CurvePoint point, Func<string, string> cell);

    /// <summary>A grid point as an id spells it.</summary>
    public static string Text(int? x) => x is { } v ? v.ToString(CultureInfo.InvariantCulture) : InfiniteWidth;

    private sealed class TrainingPoints : SweptVariable
    {
        public override IReadOnlyList<int?> Points(CurveSpec curve) => curve.Ns.Select(n => (int?)n).ToArray();

        public override Regime At(CurveSpec curve, int? x, int seed) =>
            curve.At(x ?? throw new ArgumentException($"{curve.Name} sweeps n: every grid point is a number."), seed);

        public override int? Of(CurvePoint point) => point.N;

        public override IReadOnlyList<string> Varying { get; } = ["n"];

        // The reader sets N and the seed of every point; an n-sweep's point has nothing more of its grid.
        public override CurvePoint Placed(CurvePoint point, Func<string, string> cell) => point;
    }

    private sealed class Widths : SweptVariable
    {
        public override IReadOnlyList<int?> Points(CurveSpec curve) => [.. curve.Ns.Select(k => (int?)k), null];

        // The kernel fits the same data (same seed and streams) at infinite width.
        public override Regime At(CurveSpec curve, int? x, int seed) => x is { } k
            ? curve.Base with { K = k, Seed = seed }
            : curve.Base with
            {
                K = 0, Seed = seed,
                Model = curve.Base.Model.InfiniteWidthLimit ?? throw new InvalidOperationException($"{curve.Base.Model.Name} has no infinite-width limit to draw beside its sensitivity"),
            };

        public override int? Of(CurvePoint point) => point.K;

        // The kernel's row says its model (rf-kernel) and has an empty k.
        public override IReadOnlyList<string> Varying { get; } = ["model", "k"];

        public override CurvePoint Placed(CurvePoint point, Func<string, string> cell) =>
            point with { K = cell("k") is { Length: > 0 } k ? CsvText.ParseInt(k) : null };
    }
}
