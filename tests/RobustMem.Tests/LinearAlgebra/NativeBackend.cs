using RobustMem.LinearAlgebra;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>Access to the native backend for tests: CI must have it, a developer machine may skip (see <see cref="BackendFactAttribute"/>).</summary>
internal static class NativeBackend
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ILinearAlgebra Required() =>
        NativeLinearAlgebra.IsAvailable()
            ? NativeLinearAlgebra.Instance
            : throw new InvalidOperationException($"libopenblas.so.0 is missing{(InCi ? " and CI=true: CI must not test only the managed backend" : "")}.");
}
