using System.Globalization;
using RobustMem.Data.Files;

namespace RobustMem.SharperLaws;

/// <summary>
/// The widths and training-set sizes of the <c>-real</c> figures: derived from the file (its d and its rows) by default,
/// or given by hand (<c>--n</c>, <c>--k</c>), with one warning line per way the grid cannot show what the laws say.
/// </summary>
/// <remarks>
/// The derivation (issue 21). The synthetic default grid (d = 64, N ≤ 32, RF k ≤ 1024) showed nothing at d = 784: every
/// activation fell, tanh like cos. On Fashion-MNIST 0 against 1 in the paper's setting the RF plateau of tanh shows once
/// k is past about 64·N (S ≈ 74, 55, 48, 47 at N = 128 for k = 512 … 32 768) while cos keeps falling (133, 83, 57, 48).
/// So: N is the largest power of two up to <see cref="MaxN"/> that leaves half the training rows unused; RF k runs
/// from 4·N to 128·N (past 100·N) in factors of 2, through the streamed route; NTK k runs in powers of 2 with
/// p = kd from above 2N (over-parameterised) up to the quadratic feature span's half, d(d + 1)/4, and k ≤ d/4 (NTK needs
/// k well below d, as their k ≤ 300 &lt; d = 1000), the widest <see cref="MaxWidths"/> of them.
/// </remarks>
internal sealed record RealDataGrid(IReadOnlyList<int> Ns, IReadOnlyList<int> RfWidths, IReadOnlyList<int> NtkWidths)
{
    /// <summary>The largest default N: 128, where the plateau and the decay separate within a minute here.</summary>
    public const int MaxN = 128;

    /// <summary>RF's widest width over N: past 100·N, where tanh's S is within a few per cent of its plateau on Fashion-MNIST.</summary>
    public const int RfReach = 128;

    /// <summary>RF's narrowest default width over N.</summary>
    public const int RfStart = 4;

    /// <summary>At most this many NTK widths, the widest.</summary>
    public const int MaxWidths = 6;

    /// <summary>The default grid for <paramref name="file"/>, or its widths for a given <paramref name="given"/> N (the largest of them).</summary>
    public static RealDataGrid From(FileLaw file, IReadOnlyList<int>? given = null)
    {
        int training = file.TrainingRows.Count;
        int n = 1;
        while (n * 2 <= Math.Min(MaxN, training / 2)) n *= 2;
        if (given is { Count: > 0 }) n = given.Max();
        var rf = new List<int>();
        for (int k = RfStart * n; k <= RfReach * n; k *= 2) rf.Add(k);
        var ntk = NtkWidthsFor(file.D, n);
        return new RealDataGrid(given ?? [n], rf, ntk.Count > 0 ? ntk : [Math.Max(1, (2 * n) / file.D + 1)]);
    }

    /// <summary>NTK widths 2^j with 2N &lt; kd ≤ d(d + 1)/4 and k ≤ d/4, the widest <see cref="MaxWidths"/>.</summary>
    private static List<int> NtkWidthsFor(int d, int n)
    {
        var all = new List<int>();
        for (long k = 1; k <= Math.Max(1, d / 4) && k * d <= (long)d * (d + 1) / 4; k *= 2)
            if (k * d > 2L * n) all.Add((int)k);
        return all.Skip(Math.Max(0, all.Count - MaxWidths)).ToList();
    }

    /// <summary>
    /// What this grid cannot show on a file of dimension <paramref name="d"/>, one line each (none for the default grid
    /// on a file of MNIST's size): RF short of 100·N, NTK past the feature span or k not below d, p ≤ N, a single width.
    /// </summary>
    /// <param name="d">The file's dimension.</param>
    /// <param name="randomFeatures">True for the RF figure's widths, false for the NTK figure's.</param>
    public IReadOnlyList<string> Warnings(int d, bool randomFeatures)
    {
        var lines = new List<string>();
        int nMax = Ns.Max();
        if (randomFeatures && RfWidths.Max() < 100L * nMax)
            lines.Add(Inv($"RF k_max = {RfWidths.Max()} is below 100·N = {100L * nMax}: tanh's plateau and cos's decay may not separate yet (the default grid reaches {RfReach}·N)."));
        if (!randomFeatures && NtkWidths.Max() > Math.Max(1, d / 4))
            lines.Add(Inv($"NTK k_max = {NtkWidths.Max()} is not well below d = {d} (k ≤ d/4 = {d / 4}): the NTK's plateau and √(N/p) decay need k ≪ d."));
        if (!randomFeatures && (long)NtkWidths.Max() * d > (long)d * (d + 1) / 2)
            lines.Add(Inv($"NTK p_max = {(long)NtkWidths.Max() * d} is past the quadratic feature span d(d + 1)/2 = {(long)d * (d + 1) / 2}: the even activations' decay cannot last there."));
        if (randomFeatures ? RfWidths.Min() <= nMax : (long)NtkWidths.Min() * d <= nMax)
            lines.Add(Inv($"a width with p ≤ N = {nMax}: the model there is not over-parameterised, its fit need not interpolate."));
        var (model, widths) = randomFeatures ? ("RF", RfWidths) : ("NTK", NtkWidths);
        if (widths.Count(k => k * SensitivityTrend.SlopeWindow >= widths.Max()) < 2)
            lines.Add(Inv($"{model} has one width in its top factor of {SensitivityTrend.SlopeWindow}: no slope can be read (give at least two widths within a factor of 4 of the largest)."));
        return lines;
    }

    /// <summary>A comma-separated list of positive integers, ascending after parsing, for <c>--n</c> and <c>--k</c>.</summary>
    public static int[] ParseList(string text, string option)
    {
        var values = text.Split(',').Select(t => int.TryParse(t.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v > 0 ? v
            : throw new ArgumentException($"{option} '{text}': expected positive integers separated by commas, e.g. {option} 64,128.")).Distinct().Order().ToArray();
        return values;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
