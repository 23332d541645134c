using System.Runtime.InteropServices;

namespace RobustMem.LinearAlgebra;

/// <summary>
/// Pins OpenBLAS to its AVX2 ("Haswell") kernels on machines that have AVX-512, before the library is loaded.
/// </summary>
/// <remarks>
/// Measured on 2026-11-30 on an AVX-512 Xeon with Debian's OpenBLAS 0.3.21: with the SkylakeX kernels OpenBLAS picks
/// there, the same sweep run twice in one process gave different last digits (6.831586136544571 against …557 in
/// <c>CurveCsvTests.SameSeeds_GiveTheSameBytes</c>), also with one thread, which breaks every byte-identity promise
/// (same seed, same bytes; shards merged equal one run; native executable equals the JIT build). With
/// OPENBLAS_CORETYPE=Haswell the same test passes. The previous machines (AMD EPYC, AVX2) already ran those kernels.
/// A user's own OPENBLAS_CORETYPE is respected. .NET's Environment.SetEnvironmentVariable does not reach the C
/// library's environment on Linux, where OpenBLAS reads it when it is loaded, so this calls setenv.
/// </remarks>
internal static partial class KernelChoice
{
    public const string Variable = "OPENBLAS_CORETYPE";
    public const string Deterministic = "Haswell";

    /// <summary>Sets OPENBLAS_CORETYPE=Haswell for this process unless it is set or the CPU lacks AVX2 and FMA.</summary>
    /// <remarks>
    /// The CPU's flags are read from /proc/cpuinfo, not from Avx2.IsSupported: the native (AOT) executable is compiled
    /// for a baseline without AVX2, where that property is false whatever the CPU, and the pin was silently skipped.
    /// </remarks>
    public static void PinBeforeLoad()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))) return;
        if (HasAvx2AndFma()) SetEnv(Variable, Deterministic, 0);
    }

    /// <summary>The kernel lists avx2 and fma among the first processor's flags (only when the OS has enabled them).</summary>
    public static bool HasAvx2AndFma()
    {
        try
        {
            var flags = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal));
            if (flags is null) return false;
            var set = flags[(flags.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return set.Contains("avx2") && set.Contains("fma");
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
