namespace RobustMem.Checkout;

/// <summary>
/// Debian's <c>dataset-fashion-mnist</c> (Xiao, Rasul &amp; Vollgraf 2017), as the package installs it: four IDX files,
/// gzip-compressed as distributed, in <c>/usr/share/datasets/fashion-mnist/</c>. Linked into each test project that reads
/// it. A test that asks for it where the package is missing is skipped, visibly (xunit v3's dynamic skip), except under
/// CI=true, where it fails: <c>.ci/setup</c> installs it, and CI must not pass by skipping the real data.
/// </summary>
internal static class FashionMnist
{
    public const string Folder = "/usr/share/datasets/fashion-mnist";

    public static readonly string TrainImages = System.IO.Path.Combine(Folder, "train-images-idx3-ubyte.gz");
    public static readonly string TrainLabels = System.IO.Path.Combine(Folder, "train-labels-idx1-ubyte.gz");

    public const string SkipReason = "dataset-fashion-mnist is not installed (apt-get install dataset-fashion-mnist; .ci/setup does); CI=true makes this a failure.";

    /// <summary>What follows <c>file:</c> for the training images and labels; skips (or fails in CI) when the package is missing.</summary>
    public static string Required()
    {
        if (File.Exists(TrainImages) && File.Exists(TrainLabels)) return $"{TrainImages},{TrainLabels}";
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.SkipWhen(!ci, SkipReason);
        throw new InvalidOperationException($"{TrainImages} is missing and CI=true: {SkipReason}");
    }
}
