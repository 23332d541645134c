using RobustMem.LinearAlgebra;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>
/// Access to the native backend for tests. A test that asks for it where libopenblas.so.0 is missing is skipped, visibly
/// (xunit v3's dynamic skip), except under CI=true, where it fails: CI must not silently test only the managed backend.
/// </summary>
/// <remarks>The decision is made when the test asks, so an inherited contract (<see cref="LinearAlgebraContract"/>) skips
/// on its native subclass only, and the managed tests, which never ask, always run.</remarks>
internal static class NativeBackend
{
    public const string SkipReason = "libopenblas.so.0 is not installed (apt-get install libopenblas0-pthread); CI=true makes this a failure.";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ILinearAlgebra Required()
    {
        if (NativeLinearAlgebra.IsAvailable()) return NativeLinearAlgebra.Instance;
        Assert.SkipWhen(!InCi, SkipReason);
        throw new InvalidOperationException("libopenblas.so.0 is missing and CI=true: CI must not test only the managed backend.");
    }
}
