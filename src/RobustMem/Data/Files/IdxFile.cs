using System.Buffers.Binary;

namespace RobustMem.Data.Files;

/// <summary>
/// The IDX format of MNIST (LeCun et al.): two zero bytes, a type code, the number of dimensions, each dimension as a
/// big-endian int32, then the values in row-major order, big-endian. Images (n × rows × cols) become n points of
/// dimension rows·cols; a one-dimensional file is a list of labels. Read as a stream, gzip-compressed or not
/// (<see cref="FileSource"/>), one row at a time, so that only the rows a caller keeps are held.
/// </summary>
internal static class IdxFile
{
    /// <summary>Whether the first bytes are an IDX header: a reader can tell IDX from CSV without trusting the extension.</summary>
    public static bool LooksLikeIdx(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0 && head[1] == 0 && ElementSize(head[2]) > 0 && head[3] is >= 1 and <= 4;

    /// <summary>The dimensions and the rows along the first dimension for which <paramref name="keep"/> (given the row's index) is true, all when null.</summary>
    /// <param name="path">The file.</param>
    /// <param name="keep">Which rows to hold; null holds every row.</param>
    /// <param name="checkHeader">Told the dimensions before any row is read, to refuse a file early (e.g. a labels count that differs).</param>
    public static (int[] Dimensions, PointRows Rows) Read(string path, Func<int, bool>? keep = null, Action<int[]>? checkHeader = null)
    {
        var (content, gzip) = FileSource.Open(path);
        using (content) return Parse(content, path, gzip, keep, checkHeader);
    }

    private static (int[] Dimensions, PointRows Rows) Parse(Stream content, string path, bool gzip, Func<int, bool>? keep, Action<int[]>? checkHeader)
    {
        string what = FileSource.What(gzip);
        var head = new byte[4];
        int got = FileSource.Fill(content, head, path, gzip);
        if (!LooksLikeIdx(head.AsSpan(0, got))) throw new FormatException($"{path}: not an IDX file (no IDX header in its first 4 bytes).");
        byte type = head[2];
        int rank = head[3], size = ElementSize(type);
        int header = 4 + 4 * rank;
        var dimensionBytes = new byte[4 * rank];
        got = FileSource.Fill(content, dimensionBytes, path, gzip);
        if (got < dimensionBytes.Length) throw new FormatException($"{path}: truncated IDX header: {4 + got} bytes, the header needs {header}.");
        var dims = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(dimensionBytes.AsSpan(4 * i));
            if (dims[i] <= 0) throw new FormatException($"{path}: IDX dimension {i + 1} is {dims[i]}, not positive.");
            count *= dims[i];
        }
        checkHeader?.Invoke(dims);
        long rowLength = count / dims[0];
        if (rowLength * size > int.MaxValue) throw new FormatException($"{path}: one IDX row of {rowLength:N0} values is too large.");
        long expected = header + count * size;
        var row = new byte[rowLength * size];
        var bytes = type == 0x08 ? new MemoryStream() : null;
        var values = type == 0x08 ? null : new List<double>();
        for (int i = 0; i < dims[0]; i++)
        {
            got = FileSource.Fill(content, row, path, gzip);
            if (got < row.Length)
                throw new FormatException($"{path}: truncated: the header announces {count:N0} values ({expected:N0} bytes), {what} has {header + (long)i * row.Length + got:N0} bytes.");
            if (keep is not null && !keep(i)) continue;
            if (bytes is not null) bytes.Write(row);
            else for (int j = 0; j < rowLength; j++) values!.Add(Value(type, row.AsSpan(j * size, size)));
        }
        long extra = 0;
        var rest = new byte[1 << 16];
        for (int read; (read = FileSource.Fill(content, rest, path, gzip)) > 0;) extra += read;
        if (extra > 0) throw new FormatException($"{path}: {extra:N0} bytes past the {count:N0} values its header announces.");
        int d = (int)rowLength;
        return (dims, bytes is not null ? PointRows.OfBytes(bytes.ToArray(), d) : PointRows.OfValues(values!.ToArray(), d));
    }

    // Type codes of the format: 0x08 unsigned byte, 0x09 signed byte, 0x0B short, 0x0C int, 0x0D float, 0x0E double.
    private static int ElementSize(byte type) => type switch
    {
        0x08 or 0x09 => 1,
        0x0B => 2,
        0x0C or 0x0D => 4,
        0x0E => 8,
        _ => 0,
    };

    private static double Value(byte type, ReadOnlySpan<byte> b) => type switch
    {
        0x09 => (sbyte)b[0],
        0x0B => BinaryPrimitives.ReadInt16BigEndian(b),
        0x0C => BinaryPrimitives.ReadInt32BigEndian(b),
        0x0D => BinaryPrimitives.ReadSingleBigEndian(b),
        0x0E => BinaryPrimitives.ReadDoubleBigEndian(b),
        _ => throw new FormatException($"IDX type code 0x{type:X2} is not one of the format's five non-byte types."),
    };
}
