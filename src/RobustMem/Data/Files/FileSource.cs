using System.IO.Compression;

namespace RobustMem.Data.Files;

/// <summary>
/// Opens a user's file for reading, decompressing it when its first two bytes are gzip's magic number (1f 8b), as the
/// MNIST files and Debian's <c>dataset-fashion-mnist</c> are distributed: the extension is never trusted.
/// </summary>
/// <remarks>"Not there" and "not readable" become one-line bad-input messages here, and so does a gzip stream that is corrupt.</remarks>
internal static class FileSource
{
    /// <summary>gzip's magic number, RFC 1952 §2.3.1.</summary>
    private static readonly byte[] GzipMagic = [0x1F, 0x8B];

    /// <summary>The file's content (decompressed when gzip) and whether it was gzip.</summary>
    public static (Stream Content, bool Gzip) Open(string path)
    {
        var file = OpenFile(path);
        Span<byte> head = stackalloc byte[2];
        int read = file.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        file.Position = 0;
        bool gzip = read == 2 && head.SequenceEqual(GzipMagic);
        return gzip ? (new BufferedStream(new CheckedGzip(file, path), 1 << 16), true) : (new BufferedStream(file, 1 << 16), false);
    }

    /// <summary>The first <paramref name="count"/> bytes of the content (fewer when it is shorter): what a format is told by.</summary>
    public static byte[] Head(string path, int count)
    {
        var (content, gzip) = Open(path);
        using (content)
        {
            var head = new byte[count];
            int read = Fill(content, head, path, gzip);
            return head[..read];
        }
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the content ends; the number read. A corrupt gzip stream is one line.</summary>
    public static int Fill(Stream content, Span<byte> buffer, string path, bool gzip)
    {
        try { return content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false); }
        catch (InvalidDataException e) when (gzip) { throw new FormatException($"{path}: not a valid gzip stream ({e.Message.TrimEnd('.')})."); }
    }

    /// <summary>How the messages name the content's end: "the file" or "the gzip stream".</summary>
    public static string What(bool gzip) => gzip ? "the decompressed gzip stream" : "the file";

    /// <summary>
    /// A gzip stream that refuses to end early. .NET's <see cref="GZipStream"/> ends a truncated stream as if it were
    /// whole, so a cut CSV would lose its last rows in silence: at the end the decompressed length is checked against
    /// the trailer's ISIZE (RFC 1952 §2.3.1, the length mod 2³², the file's last 4 bytes), which a cut file lacks.
    /// </summary>
    private sealed class CheckedGzip(FileStream file, string path) : Stream
    {
        private readonly GZipStream _inner = new(file, CompressionMode.Decompress);
        private readonly uint _announced = Trailer(file);
        private long _length;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = _inner.Read(buffer);
            _length += read;
            if (read == 0 && buffer.Length > 0 && (uint)_length != _announced)
                throw new FormatException($"{path}: truncated gzip stream: it ends after {_length:N0} decompressed bytes without the trailer that closes it; the file is incomplete (download it again).");
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }

        private static uint Trailer(FileStream file)
        {
            // A gzip member is at least 18 bytes (a 10-byte header, an 8-byte trailer): a shorter file is cut, and no
            // length it decompresses to below 4 GiB matches this.
            if (file.Length < 18) return uint.MaxValue;
            Span<byte> last = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(last);
            file.Position = 0;
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(last);
        }
    }

    private static FileStream OpenFile(string path)
    {
        try { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw new ArgumentException($"{path}: no such file."); }
        catch (UnauthorizedAccessException) { throw new ArgumentException($"{path}: not readable."); }
        catch (IOException e) { throw new ArgumentException($"{path}: cannot be read ({e.Message.TrimEnd('.')})."); }
    }
}
