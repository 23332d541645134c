using System.Buffers.Binary;

namespace RobustMem.Data.Files;

/// <summary>
/// The IDX format of MNIST (LeCun et al.): two zero bytes, a type code, the number of dimensions, each dimension as a
/// big-endian int32, then the values in row-major order, big-endian. Images (n × rows × cols) become n points of
/// dimension rows·cols; a one-dimensional file is a list of labels.
/// </summary>
public static class IdxFile
{
    /// <summary>Whether the first bytes are an IDX header: a reader can tell IDX from CSV without trusting the extension.</summary>
    public static bool LooksLikeIdx(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0 && head[1] == 0 && ElementSize(head[2]) > 0 && head[3] is >= 1 and <= 4;

    /// <summary>The dimensions, the values and whether they are unsigned bytes.</summary>
    public static (int[] Dimensions, double[] Values, bool IsBytes) Read(string path) => Parse(FileText.ReadBytes(path), path);

    /// <summary>Parses the bytes of <paramref name="path"/>, already read.</summary>
    public static (int[] Dimensions, double[] Values, bool IsBytes) Parse(byte[] bytes, string path)
    {
        if (!LooksLikeIdx(bytes)) throw new FormatException($"{path}: not an IDX file (no IDX header in its first 4 bytes).");
        byte type = bytes[2];
        int rank = bytes[3], size = ElementSize(type);
        int header = 4 + 4 * rank;
        if (bytes.Length < header) throw new FormatException($"{path}: truncated IDX header: {bytes.Length} bytes, the header needs {header}.");
        var dims = new int[rank];
        long count = 1;
        for (int i = 0; i < rank; i++)
        {
            dims[i] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + 4 * i));
            if (dims[i] <= 0) throw new FormatException($"{path}: IDX dimension {i + 1} is {dims[i]}, not positive.");
            count *= dims[i];
        }
        long expected = header + count * size;
        if (bytes.Length < expected) throw new FormatException($"{path}: truncated: the header announces {count:N0} values ({expected:N0} bytes), the file has {bytes.Length:N0} bytes.");
        if (bytes.Length > expected) throw new FormatException($"{path}: {bytes.Length - expected:N0} bytes past the {count:N0} values its header announces.");
        var values = new double[count];
        var data = bytes.AsSpan(header);
        for (long i = 0; i < count; i++) values[i] = Value(type, data.Slice((int)(i * size), size));
        return (dims, values, type == 0x08);
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
        0x08 => b[0],
        0x09 => (sbyte)b[0],
        0x0B => BinaryPrimitives.ReadInt16BigEndian(b),
        0x0C => BinaryPrimitives.ReadInt32BigEndian(b),
        0x0D => BinaryPrimitives.ReadSingleBigEndian(b),
        0x0E => BinaryPrimitives.ReadDoubleBigEndian(b),
        _ => throw new FormatException($"IDX type code 0x{type:X2} is not one of the format's six."),
    };
}
