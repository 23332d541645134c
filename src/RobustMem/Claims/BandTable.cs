namespace RobustMem.Claims;

/// <summary>
/// A claim's calibrated bands for one check, one row per subgroup of regimes, keyed by a typed key (a record, never a
/// string). A key without a row is refused with the list of calibrated ones, never given a neighbour's band.
/// </summary>
/// <typeparam name="TKey">The subgroup a row is calibrated on, e.g. <see cref="Subgroup"/> or <see cref="ModelActivation"/>.</typeparam>
/// <typeparam name="TBands">The bands of the row, e.g. (at n, at 4n, quotient).</typeparam>
/// <param name="owner">Who the bands belong to, for the refusal: e.g. "claim III's width check".</param>
/// <param name="rows">The calibrated rows, each band carrying its origin (seeds and date).</param>
/// <param name="separator">Between the keys the refusal lists.</param>
public sealed class BandTable<TKey, TBands>(string owner, IReadOnlyDictionary<TKey, TBands> rows, string separator = ", ")
    where TKey : notnull
{
    /// <summary>The subgroups with a calibrated row, in the table's order.</summary>
    public IReadOnlyCollection<TKey> Keys => rows.Keys.ToList();

    /// <summary>The row of <paramref name="key"/>; a key without one throws, naming the calibrated keys.</summary>
    public TBands For(TKey key) =>
        rows.TryGetValue(key, out var bands) ? bands
            : throw new ArgumentOutOfRangeException("regime", key.ToString(), $"{owner} has calibrated bands for {string.Join(separator, rows.Keys)} only");
}
