using System.Reflection;

namespace RobustMem.Properties.Cases;

/// <summary>The registry lists each declared case once, under a unique name that ends in its member's name.</summary>
public sealed class ClaimCasesTests
{
    [Fact, Trait("Tier", "fast")]
    public void All_ListsEveryDeclaredCaseOnce_UnderItsPropertyName()
    {
        var declared = typeof(ClaimCases).GetNestedTypes()
            .SelectMany(claim => claim.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(ClaimCase))
            .Select(p => (Member: p.Name, Case: (ClaimCase)p.GetValue(null)!))
            .ToArray();
        Assert.All(declared, d => Assert.EndsWith(" " + d.Member, d.Case.Name));
        Assert.Equal(declared.Select(d => d.Case).OrderBy(c => c.Name), ClaimCases.All.OrderBy(c => c.Name));
        Assert.Equal(ClaimCases.All.Count, ClaimCases.All.Select(c => c.Name).Distinct().Count());
    }

    /// <summary>A claim's nested class holds that claim's cases only, and All keeps Claim.All's order of the claims.</summary>
    [Fact, Trait("Tier", "fast")]
    public void EachNestedClass_IsOneClaim_AndAllFollowsTheCatalogue()
    {
        static string Id(ClaimCase c) => c.Name[..c.Name.IndexOf(' ')];
        foreach (var claim in typeof(ClaimCases).GetNestedTypes())
        {
            var ids = claim.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(ClaimCase))
                .Select(p => Id((ClaimCase)p.GetValue(null)!)).Distinct().ToList();
            Assert.True(ids.Count == 1, $"ClaimCases.{claim.Name} holds cases of {string.Join(", ", ids)}");
        }
        var order = ClaimCases.All.Select(Id).Distinct().ToList();
        Assert.Equal(Claim.All.Select(c => c.Id).Where(order.Contains), order);
    }
}
