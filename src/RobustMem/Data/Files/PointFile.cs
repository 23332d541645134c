namespace RobustMem.Data.Files;

/// <summary>
/// Points read from a user's file, one row per point, with class labels when the file carries them. Coordinates are as
/// stored (IDX bytes are not yet divided by 255): <see cref="FileLawScaling"/> says how they become inputs of the harness.
/// </summary>
/// <param name="Rows">The points, each of dimension <see cref="D"/>: only those of the kept classes when a pair was given to the reader.</param>
/// <param name="Classes">The class of each row, or null when the file has none.</param>
/// <param name="Source">The file (and labels file) it came from, for messages and outputs.</param>
internal sealed record PointFile(PointRows Rows, int[]? Classes, string Source)
{
    public int Count => Rows.Count;
    public int D => Rows.D;

    /// <summary>True when the coordinates are IDX unsigned bytes (pixels 0..255).</summary>
    public bool IsBytes => Rows.IsBytes;

    /// <summary>+1 for each row of class <paramref name="pair"/>.Positive, −1 for .Negative; every row must be of one of them.</summary>
    public double[] Labels(ClassPair pair)
    {
        if (Classes is null) throw new ArgumentException($"{Source} carries no class labels; --classes needs a labels column (CSV) or a labels file (IDX: file:IMAGES,LABELS).");
        return Classes.Select(c => c == pair.Positive ? 1.0 : c == pair.Negative ? -1.0
            : throw new InvalidOperationException($"row of class {c} kept for --classes {pair}")).ToArray();
    }
}
