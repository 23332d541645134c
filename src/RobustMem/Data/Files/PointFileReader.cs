namespace RobustMem.Data.Files;

/// <summary>
/// Reads the points behind <c>--law file:SPEC</c>. SPEC is a CSV path, an IDX images path, or <c>IMAGES,LABELS</c> for an
/// IDX images file and its IDX labels file (MNIST ships them apart). Each file may be gzip-compressed, as distributed.
/// The format is read from the first bytes (gzip's 1f 8b, then IDX's 00 00 type rank), never from the extension.
/// </summary>
/// <remarks>With a class pair, the labels are read first and only the rows of the two classes are kept, as they are stored
/// (<see cref="PointRows"/>): the other classes' rows are decoded and dropped one at a time.</remarks>
internal static class PointFileReader
{
    /// <param name="spec">What follows <c>file:</c>.</param>
    /// <param name="labelled">Whether class labels are needed (<c>--classes</c>): a CSV's first column is then the class.</param>
    /// <param name="keep">The two classes to keep; null keeps every row.</param>
    public static PointFile Read(string spec, bool labelled, ClassPair? keep = null)
    {
        if (string.IsNullOrWhiteSpace(spec)) throw new ArgumentException("--law file: needs a path, e.g. file:points.csv or file:images-idx3-ubyte.gz,labels-idx1-ubyte.gz.");
        var parts = spec.Split(',');
        if (parts.Length > 2) throw new ArgumentException($"--law file:{spec}: expected PATH or IMAGES,LABELS.");
        if (keep is not null) labelled = true;
        if (!IdxFile.LooksLikeIdx(FileSource.Head(parts[0], 4)))
        {
            if (parts.Length == 2) throw new ArgumentException($"--law file:{spec}: {parts[0]} is not IDX but text (a CSV), which carries its classes in its first column: give file:{parts[0]} alone.");
            var (rows, rowClasses, all) = CsvPointFile.Read(parts[0], labelled, keep);
            CheckClasses(keep, all, parts[0]);
            return new PointFile(rows, rowClasses, spec);
        }
        if (parts.Length == 1 && labelled) throw new ArgumentException($"--classes needs the labels of {parts[0]}: give --law file:{parts[0]},LABELS.");
        int[]? labels = null;
        if (parts.Length == 2)
        {
            if (!IdxFile.LooksLikeIdx(FileSource.Head(parts[1], 4))) throw new FormatException($"{parts[1]}: the labels file is not IDX (no IDX header in its first 4 bytes).");
            var (_, labelRows) = IdxFile.Read(parts[1], checkHeader: dims =>
            {
                if (dims.Length != 1) throw new FormatException($"{parts[1]}: a labels file has one dimension, this one has {dims.Length} (IMAGES,LABELS: the images come first).");
            });
            labels = Enumerable.Range(0, labelRows.Count).Select(i => (int)labelRows[i, 0]).ToArray();
            CheckClasses(keep, labels.ToHashSet(), parts[1]);
        }
        bool Kept(int i) => keep is not { } pair || labels![i] == pair.Positive || labels[i] == pair.Negative;
        // The header is checked before any row is read: a labels list, or a labels count that differs, fails at once.
        var (_, images) = IdxFile.Read(parts[0], Kept, dims =>
        {
            if (dims.Length < 2) throw new FormatException($"{parts[0]}: a list of {dims[0]} values, not points; give the images file first.");
            if (labels is not null && labels.Length != dims[0]) throw new FormatException($"{parts[1]}: {labels.Length} labels for {dims[0]} images in {parts[0]}.");
        });
        var classes = labels?.Where((_, i) => Kept(i)).ToArray();
        return new PointFile(images, classes, spec);
    }

    private static void CheckClasses(ClassPair? keep, IReadOnlySet<int> all, string source)
    {
        if (keep is not { } pair) return;
        foreach (int c in new[] { pair.Positive, pair.Negative })
            if (!all.Contains(c)) throw new ArgumentException($"{source} has no point of class {c}; its classes are {string.Join(", ", all.Order())}.");
    }
}
