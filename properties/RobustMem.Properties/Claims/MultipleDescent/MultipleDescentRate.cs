using FsCheck;
using FsCheck.Fluent;

namespace RobustMem.Properties.MultipleDescent;

/// <summary>Runs the peak property over many drawn cases and counts how often a correct implementation fails it.</summary>
/// <remarks>
/// FsCheck stops at the first failure, so it cannot report a rate; this draws a fixed, seeded sample of cases from
/// the same generator (FsCheck Rnd seed 1, size 20) so the rate is reproducible. Count: ROBUSTMEM_CALIBRATION_CASES
/// (default 100).
/// </remarks>
public static class MultipleDescentRate
{
    public const string CasesVariable = "ROBUSTMEM_CALIBRATION_CASES";

    public static int Cases => PropertyCases.FromEnvironment(CasesVariable, unset: 100);

    /// <summary>The failing cases' labels out of <see cref="Cases"/> drawn from <paramref name="cases"/>.</summary>
    public static (int Cases, IReadOnlyList<string> Failures) Measure(Arbitrary<PeakCase> cases, Func<PeakCase, (bool Holds, string Label)> check)
    {
        var drawn = cases.Generator.Sample(Cases, new Rnd(1UL), 20);
        var failures = drawn.Select(check).Where(r => !r.Holds).Select(r => r.Label).ToArray();
        return (drawn.Length, failures);
    }
}
