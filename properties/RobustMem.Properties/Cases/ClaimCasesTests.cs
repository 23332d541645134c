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
}
