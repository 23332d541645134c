namespace RobustMem.Data.Files;

/// <summary>
/// Reads the points behind <c>--law file:SPEC</c>. SPEC is a CSV path, an IDX images path, or <c>IMAGES,LABELS</c> for an
/// IDX images file and its IDX labels file (MNIST ships them apart). The format is read from the file's first bytes.
/// </summary>
public static class PointFileReader
{
    /// <param name="spec">What follows <c>file:</c>.</param>
    /// <param name="labelled">Whether class labels are needed (<c>--classes</c>): a CSV's first column is then the class.</param>
    public static PointFile Read(string spec, bool labelled)
    {
        if (string.IsNullOrWhiteSpace(spec)) throw new ArgumentException("--law file: needs a path, e.g. file:points.csv or file:images-idx3-ubyte,labels-idx1-ubyte.");
        var parts = spec.Split(',');
        if (parts.Length > 2) throw new ArgumentException($"--law file:{spec}: expected PATH or IMAGES,LABELS.");
        var bytes = FileText.ReadBytes(parts[0]);
        if (!IdxFile.LooksLikeIdx(bytes))
        {
            if (parts.Length == 2) throw new ArgumentException($"--law file:{spec}: a labels file goes with IDX images; {parts[0]} is not IDX (a CSV carries its classes in its first column).");
            return CsvPointFile.Parse(bytes, parts[0], labelled);
        }
        var (dims, values, isBytes) = IdxFile.Parse(bytes, parts[0]);
        if (dims.Length < 2) throw new FormatException($"{parts[0]}: a list of {dims[0]} values, not points; give the images file first.");
        int n = dims[0], d = (int)(values.Length / n);
        var points = Enumerable.Range(0, n).Select(i => values.AsSpan(i * d, d).ToArray()).ToArray();
        int[]? classes = null;
        if (parts.Length == 2)
        {
            var (labelDims, labels, _) = IdxFile.Read(parts[1]);
            if (labelDims.Length != 1) throw new FormatException($"{parts[1]}: a labels file has one dimension, this one has {labelDims.Length}.");
            if (labels.Length != n) throw new FormatException($"{parts[1]}: {labels.Length} labels for {n} images in {parts[0]}.");
            classes = labels.Select(l => (int)l).ToArray();
        }
        else if (labelled) throw new ArgumentException($"--classes needs the labels of {parts[0]}: give --law file:{parts[0]},LABELS.");
        return new PointFile(points, classes, spec, isBytes);
    }
}
