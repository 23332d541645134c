namespace RobustMem.LinearAlgebra;

/// <summary>Chooses the linear-algebra backend once per process: OpenBLAS when it loads, managed otherwise.</summary>
public static class Backend
{
    private static ILinearAlgebra? _current;

    /// <summary>Set when the native library was wanted but missing; the CLI prints it once.</summary>
    public static string? FallbackNotice { get; private set; }

    /// <summary>The backend in use. Honours ROBUSTMEM_BACKEND=managed|openblas.</summary>
    public static ILinearAlgebra Current
    {
        get => _current ??= Select(Environment.GetEnvironmentVariable("ROBUSTMEM_BACKEND"));
        set => _current = value;
    }

    public static ILinearAlgebra Select(string? wanted)
    {
        // MathNet probes for its own native providers (MKL, CUDA, OpenBLAS wrapper) at first use; none load on
        // Linux and the probing costs about 2 s per process. Its managed provider is all we use it for.
        MathNet.Numerics.Control.UseManaged();
        if (string.Equals(wanted, "managed", StringComparison.OrdinalIgnoreCase)) return ManagedLinearAlgebra.Instance;
        if (NativeLinearAlgebra.IsAvailable()) return NativeLinearAlgebra.Instance;
        FallbackNotice = "robustmem: libopenblas.so.0 not found (apt-get install libopenblas0-pthread); using the managed backend, 15-20x slower.";
        return ManagedLinearAlgebra.Instance;
    }
}
