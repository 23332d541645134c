using System.Text.RegularExpressions;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Models;

namespace RobustMem.Properties.Infrastructure;

/// <summary>
/// A negative control run through FsCheck itself, the way a broken implementation would run: the claim's property must
/// throw, and its message must carry the numbers and a replay pair with an odd gamma that reproduces the failure.
/// </summary>
public sealed partial class FailingPropertyTests
{
    // Claim II's min-norm property, evaluated on models fitted without label noise (the band stays that of σ = 1).
    private static Property ClaimOnNoiselessModels(Control control) =>
        Prop.ForAll(ClaimCases.FiniteRandomFeatures.Family(fast: true).Arbitrary,
            regime => ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, regime, control).Holds(ledgerCase: null));

    [Fact, Trait("Tier", "fast")]
    public void ClaimProperty_OnNoiselessModel_FailsWithNumbersAndReplay()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(3).WithQuietOnSuccess(true), ClaimOnNoiselessModels(Control.NoLabelNoise)));
        string message = failure.Message;
        Assert.Contains("FAIL claim II under control NoLabelNoise", message);
        Assert.Contains("relative", message);
        Assert.Contains("[ClaimProperty(Replay = \"seed,gamma\")]", message);
        var pair = ReplayPair().Match(message);
        Assert.True(pair.Success, $"no (seed,gamma) pair in:\n{message}");
        ulong seed = ulong.Parse(pair.Groups[1].Value), gamma = ulong.Parse(pair.Groups[2].Value);
        Assert.True(gamma % 2 == 1, $"FsCheck 3 replays need an odd gamma, got {gamma}");

        // Pasting the pair back reproduces the same failure.
        var replay = new Replay(new Rnd(seed, gamma), Microsoft.FSharp.Core.FSharpOption<int>.None);
        var again = Assert.ThrowsAny<Exception>(() =>
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(3).WithReplay(replay), ClaimOnNoiselessModels(Control.NoLabelNoise)));
        Assert.Equal(FirstRegimeLine(message), FirstRegimeLine(again.Message));
    }

    [Fact, Trait("Tier", "fast")]
    public void ClaimProperty_OnTheClaimsOwnModel_Passes() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3).WithQuietOnSuccess(true), ClaimOnNoiselessModels(Control.None));

    /// <summary>The verdict itself, on one fixed regime: the control's verdict is FAIL and names the violated condition.</summary>
    [Fact, Trait("Tier", "fast")]
    public void Verdict_OnNoiselessModel_IsFail()
    {
        var regime = new Regime(Model.RandomFeatures, D: 60, K: 180, N: 20, Activation.Relu, InputLaw.Sphere, Noise: 1, Seed: 5);
        var verdict = ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, regime, Control.NoLabelNoise);
        Assert.False(verdict.Passed, verdict.Message);
        Assert.Contains(verdict.Conditions, c => c.StartsWith("[VIOLATED]"));
        Assert.True(ScalingCheck.Evaluate(Claim.FiniteRandomFeatures, regime).Passed);
    }

    private static string FirstRegimeLine(string message) => message.Split('\n').First(l => l.TrimStart().StartsWith("regime:"));

    [GeneratedRegex(@"shrinks?\) \((\d+),(\d+)\)")]
    private static partial Regex ReplayPair();
}
