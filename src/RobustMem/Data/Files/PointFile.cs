namespace RobustMem.Data.Files;

/// <summary>
/// Points read from a user's file, one row per point, with class labels when the file carries them. Coordinates are as
/// stored (IDX bytes are not yet divided by 255): <see cref="FileLawScaling"/> says how they become inputs of the harness.
/// </summary>
/// <param name="Points">The points, each of dimension <see cref="D"/>.</param>
/// <param name="Classes">The class of each point, or null when the file has none.</param>
/// <param name="Source">The file (and labels file) it came from, for messages and outputs.</param>
/// <param name="IsBytes">True when the coordinates are IDX unsigned bytes (pixels 0..255).</param>
public sealed record PointFile(double[][] Points, int[]? Classes, string Source, bool IsBytes)
{
    public int Count => Points.Length;
    public int D => Points.Length == 0 ? 0 : Points[0].Length;

    /// <summary>The points of classes <paramref name="positive"/> and <paramref name="negative"/>, labelled +1 and −1, in file order.</summary>
    public (double[][] Points, double[] Labels) TwoClasses(int positive, int negative)
    {
        if (Classes is null) throw new ArgumentException($"{Source} carries no class labels; --classes needs a labels column (CSV) or a labels file (IDX: file:IMAGES,LABELS).");
        if (positive == negative) throw new ArgumentException($"--classes {positive},{negative}: the two classes must differ.");
        var rows = Enumerable.Range(0, Count).Where(i => Classes[i] == positive || Classes[i] == negative).ToArray();
        foreach (var c in new[] { positive, negative })
            if (!rows.Any(i => Classes[i] == c))
                throw new ArgumentException($"{Source} has no point of class {c}; its classes are {string.Join(", ", Classes.Distinct().Order())}.");
        return (rows.Select(i => Points[i]).ToArray(), rows.Select(i => Classes[i] == positive ? 1.0 : -1.0).ToArray());
    }
}
