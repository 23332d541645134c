using RobustMem.LinearAlgebra;
using Xunit.Sdk;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>Access to the native backend for tests: CI must have it, a developer machine may skip.</summary>
internal static class NativeBackend
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ILinearAlgebra Required()
    {
        if (NativeLinearAlgebra.IsAvailable()) return NativeLinearAlgebra.Instance;
        if (InCi) throw new InvalidOperationException("CI=true but libopenblas.so.0 is missing: CI must not test only the managed backend.");
        throw SkipException.ForSkip("libopenblas.so.0 is not installed (apt-get install libopenblas0-pthread).");
    }
}
