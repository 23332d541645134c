using RobustMem.Tests.Ci;

namespace RobustMem.Tests.Support;

/// <summary>
/// The committed files behind <c>--law file:</c> tests, in <c>Data/Fixtures</c>: 12 IDX images of 3×3 pixels (pixel j of
/// image i is (37i + 11j) mod 256, class i mod 3) with their IDX labels, and a CSV with a header, a class column
/// (row i has class i mod 2) and 4 coordinates, the third of which is i + 1; and <see cref="TwoClasses"/>.
/// </summary>
internal static class PointFixtures
{
    public static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "RobustMem.Tests", "Data", "Fixtures");
    public static readonly string Images = Path.Combine(Folder, "tiny-images-idx3-ubyte");
    public static readonly string Labels = Path.Combine(Folder, "tiny-labels-idx1-ubyte");
    public static readonly string Csv = Path.Combine(Folder, "tiny-points.csv");

    /// <summary>80 rows of 16 "pixels" in 0..255, classes 0 and 1 alternating, class 1 brighter in the first 8 (a seeded
    /// script, random.seed(13)): enough rows for the -real sensitivity figures' N = 16 and 32 after one row in 5 is held out.</summary>
    public static readonly string TwoClasses = Path.Combine(Folder, "two-classes-80x16.csv");

    /// <summary>The 80 rows of <see cref="TwoClasses"/> as Debian ships Fashion-MNIST: gzip-compressed IDX images (80 × 4 × 4
    /// unsigned bytes, the CSV's pixels as they are) and IDX labels, written from the CSV by a python script (gzip mtime 0).</summary>
    public static readonly string TwoClassesIdxGz =
        $"{Path.Combine(Folder, "two-classes-images-idx3-ubyte.gz")},{Path.Combine(Folder, "two-classes-labels-idx1-ubyte.gz")}";

    /// <summary>What follows <c>file:</c> for the IDX images with their labels.</summary>
    public static readonly string ImagesAndLabels = $"{Images},{Labels}";
}
