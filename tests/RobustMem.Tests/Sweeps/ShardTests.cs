using RobustMem.Curves;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Sweeps;

/// <summary><c>--shard i/N</c>: what parses, and the one-line refusals of what does not.</summary>
public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1), InlineData("2/4", 2, 4), InlineData("4/4", 4, 4), InlineData("10/12", 10, 12)]
    public void Parse_ReadsIOfN(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("0/4", "i must be between 1 and N = 4, got 0")]
    [InlineData("5/4", "i must be between 1 and N = 4, got 5")]
    [InlineData("1/0", "N must be between 1 and 10000, got 0")]
    [InlineData("abc", "must be i/N")]
    [InlineData("2/4/5", "must be i/N")]
    [InlineData("-1/4", "must be i/N")]
    [InlineData("1.5/4", "must be i/N")]
    [InlineData("", "must be i/N")]
    public void Parse_RefusesWhatIsNotIOfN(string text, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => Shard.Parse(text));
        Assert.Contains(reason, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }
}
