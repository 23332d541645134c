using FsCheck;
using FsCheck.Fluent;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;

namespace RobustMem.Properties.Regimes;

/// <summary>
/// The regimes inside one claim's hypotheses: a generator that draws only valid regimes, and a shrinker that proposes
/// smaller regimes (n, then d and k together, then sphere and relu) and keeps only those still inside the hypotheses.
/// </summary>
/// <param name="Name">Shown in failure messages.</param>
/// <param name="Generator">Draws valid regimes only; no filter.</param>
/// <param name="IsValid">The hypotheses, as a predicate; every generated regime satisfies it (a test checks this).</param>
public sealed record RegimeFamily(string Name, Gen<Regime> Generator, Func<Regime, bool> IsValid)
{
    public Arbitrary<Regime> Arbitrary => Arb.From(Generator, Shrink);

    /// <summary>Smaller regimes that still satisfy the hypotheses, simplest first.</summary>
    public IEnumerable<Regime> Shrink(Regime regime) => Candidates(regime).Where(c => c != regime && IsValid(c)).Distinct();

    private static IEnumerable<Regime> Candidates(Regime r)
    {
        yield return r with { N = r.N / 2 };
        yield return r with { N = r.N * 3 / 4 };
        yield return r with { D = r.D * 3 / 4, K = Math.Max(1, r.K * 3 / 4) };
        yield return r with { D = r.D * 3 / 4, K = Math.Max(1, r.K * 3 / 4), N = r.N * 3 / 4 };
        if (r.Law != InputLaw.Sphere) yield return r with { Law = InputLaw.Sphere };
        if (r.Sigma != Activation.Relu) yield return r with { Activation = Activation.Relu };
    }

    /// <summary>n from [lo, hi], three times out of four from its lower third: small n is where finite-size effects bite.</summary>
    public static Gen<int> SmallFirst(int lo, int hi)
    {
        if (hi < lo) throw new ArgumentException($"empty range of n: [{lo}, {hi}]");
        int third = lo + (hi - lo) / 3;
        return third >= hi ? Gen.Choose(lo, hi) : Gen.Frequency((3, Gen.Choose(lo, third)), (1, Gen.Choose(third + 1, hi)));
    }

    /// <summary>A seed for the regime's random streams.</summary>
    public static Gen<int> Seed => Gen.Choose(0, 999_999);

    /// <summary>True when a size is at least 10% away from a threshold (THEORY.md §2).</summary>
    public static bool AwayFrom(double size, double threshold) => size <= 0.9 * threshold || size >= 1.1 * threshold;
}
