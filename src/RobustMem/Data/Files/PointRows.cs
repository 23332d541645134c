namespace RobustMem.Data.Files;

/// <summary>
/// A file's kept rows, one flat array in row-major order, as stored: IDX unsigned bytes stay bytes (a row of MNIST is
/// 784 bytes, not 6 KB of doubles), every other type is held as doubles. A value becomes a double only when a point is drawn.
/// </summary>
/// <remarks>Bytes are exact in either form, so holding them as bytes changes no value: it only keeps the memory of a
/// -real figure on Fashion-MNIST (12 000 rows of classes 0 and 1) at 9 MB where double rows took 75 MB and the whole file 376 MB.</remarks>
internal sealed class PointRows
{
    private readonly byte[]? _bytes;
    private readonly double[]? _values;

    private PointRows(byte[]? bytes, double[]? values, int count, int d)
    {
        _bytes = bytes;
        _values = values;
        Count = count;
        D = d;
    }

    /// <summary>Rows of unsigned bytes (IDX type 0x08).</summary>
    public static PointRows OfBytes(byte[] values, int d) => new(values, null, d == 0 ? 0 : values.Length / d, d);

    /// <summary>Rows of any other numbers.</summary>
    public static PointRows OfValues(double[] values, int d) => new(null, values, d == 0 ? 0 : values.Length / d, d);

    public int Count { get; }

    public int D { get; }

    /// <summary>True when the values are IDX unsigned bytes, pixels 0..255.</summary>
    public bool IsBytes => _bytes is not null;

    /// <summary>Value <paramref name="column"/> of row <paramref name="row"/>, as stored.</summary>
    public double this[int row, int column] => _bytes is { } b ? b[(long)row * D + column] : _values![(long)row * D + column];

    /// <summary>Row <paramref name="row"/> as stored, copied into doubles.</summary>
    public double[] Row(int row)
    {
        var copy = new double[D];
        for (int l = 0; l < D; l++) copy[l] = this[row, l];
        return copy;
    }
}
