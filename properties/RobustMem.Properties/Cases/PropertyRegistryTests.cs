using System.Reflection;
using FsCheck;
using RobustMem.Properties.Infrastructure;

namespace RobustMem.Properties.Cases;

/// <summary>
/// The property methods against the registry: every case of <see cref="ClaimCases.All"/> is asserted by exactly one
/// property, named as the case's member, in the file of the case's claim, and no property asserts anything else.
/// </summary>
/// <remarks>Invoking a property method only builds its FsCheck property (no regime is drawn or fitted), so this is cheap.</remarks>
public sealed class PropertyRegistryTests
{
    private static IReadOnlyList<(MethodInfo Method, ClaimCase? Case)> Properties() =>
        typeof(PropertyRegistryTests).Assembly.GetTypes()
            // An abstract class is never run (the how-to's compiled example, Docs/AddABoundExample.cs, is one).
            .Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<ClaimPropertyAttribute>() is not null)
            .OrderBy(m => m.DeclaringType!.Name, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m =>
            {
                ClaimCaseProperty.TakeLastAsserted();
                _ = (Property)m.Invoke(Activator.CreateInstance(m.DeclaringType!), null)!;
                return (m, ClaimCaseProperty.TakeLastAsserted());
            })
            .ToList();

    private static string Member(ClaimCase c) => c.Name[(c.Name.IndexOf(' ') + 1)..];

    private static string Claim(ClaimCase c) => c.Name[..c.Name.IndexOf(' ')];

    [Fact, Trait("Tier", "fast")]
    public void EveryCase_IsAssertedByExactlyOneProperty_OfItsOwnName()
    {
        var properties = Properties();
        Assert.All(properties, p => Assert.True(p.Case is not null, $"{p.Method.DeclaringType!.Name}.{p.Method.Name} asserts no case of ClaimCases"));
        Assert.All(properties, p => Assert.True(p.Method.Name == Member(p.Case!),
            $"{p.Method.DeclaringType!.Name}.{p.Method.Name} asserts the case {p.Case!.Name}: a property is named as its case"));
        var asserted = properties.GroupBy(p => p.Case!).ToDictionary(g => g.Key, g => g.Select(p => $"{p.Method.DeclaringType!.Name}.{p.Method.Name}").ToList());
        Assert.All(asserted, a => Assert.True(a.Value.Count == 1, $"{a.Key.Name} is asserted by {string.Join(", ", a.Value)}"));
        var unasserted = ClaimCases.All.Where(c => !asserted.ContainsKey(c)).Select(c => c.Name).ToList();
        Assert.True(unasserted.Count == 0, $"cases no property asserts: {string.Join("; ", unasserted)}");
        Assert.Equal(ClaimCases.All.Count, properties.Count);
    }

    /// <summary>One file per claim: a property class asserts the cases of one claim only.</summary>
    [Fact, Trait("Tier", "fast")]
    public void EveryPropertyClass_AssertsOneClaim()
    {
        var claims = Properties().GroupBy(p => p.Method.DeclaringType!.Name).ToDictionary(g => g.Key, g => g.Select(p => Claim(p.Case!)).Distinct().ToList());
        Assert.All(claims, c => Assert.True(c.Value.Count == 1, $"{c.Key} asserts cases of claims {string.Join(", ", c.Value)}"));
    }

    /// <summary>The check itself can fail: a property named apart from its case, or a case asserted twice, is reported.</summary>
    [Fact, Trait("Tier", "fast")]
    public void TheMapping_ReadsTheCaseEachMethodBuilds()
    {
        var mapped = Properties().Single(p => p.Method.DeclaringType == typeof(Claim3_FiniteNeuralTangent) && p.Method.Name == nameof(Claim3_FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK_SmallRegimes));
        Assert.Same(ClaimCases.FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK_SmallRegimes, mapped.Case);
        Assert.NotSame(ClaimCases.FiniteNeuralTangent.NoNoise_DoesNotForceSqrtNOverK, mapped.Case);
    }
}
