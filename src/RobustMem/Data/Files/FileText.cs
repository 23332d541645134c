namespace RobustMem.Data.Files;

/// <summary>Reads a user's file, turning "not there" and "not readable" into one-line bad-input messages.</summary>
internal static class FileText
{
    public static byte[] ReadBytes(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { throw new ArgumentException($"{path}: no such file."); }
        catch (UnauthorizedAccessException) { throw new ArgumentException($"{path}: not readable."); }
    }
}
