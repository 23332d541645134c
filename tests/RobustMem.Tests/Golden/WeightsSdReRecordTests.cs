using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RobustMem.Tests.Golden;

/// <summary>
/// Issue 20 re-recorded the golden measure JSON because <c>weights_sd</c> now states the scale used (1/√d by default)
/// instead of null. Nothing else may have moved: putting null back where the line holds exactly 1/√d must give the file
/// recorded before, byte for byte (its SHA-256, taken from git before the re-recording).
/// </summary>
public sealed class WeightsSdReRecordTests
{
    /// <summary>SHA-256 of fixture/measure.jsonl as recorded for issue 13 (commit 8f48154), every weights_sd null.</summary>
    private const string Before = "0b596e1e9397ba10f431f7d36e108ec5587159b5403268b466f9e0577cac6653";

    private static readonly string Fixture = Path.Combine(RepositoryRoot.Path, "tests", "RobustMem.Tests", "Golden", "fixture", "measure.jsonl");

    [Fact]
    public void MeasureFixture_DiffersFromTheOneBefore_OnlyInWeightsSd()
    {
        var restored = new StringBuilder();
        foreach (string line in File.ReadAllLines(Fixture))
        {
            var json = JsonDocument.Parse(line).RootElement;
            var used = json.GetProperty("weights_sd");
            // Every case of measure-cases.txt runs the paper's scale: the line must say 1/√d, to the last bit.
            Assert.Equal(1 / Math.Sqrt(json.GetProperty("d").GetInt32()), used.GetDouble());
            string field = $"\"weights_sd\":{used.GetRawText()}";
            Assert.Equal(1, CountOf(line, field));
            restored.Append(line.Replace(field, "\"weights_sd\":null", StringComparison.Ordinal)).Append('\n');
        }
        Assert.Equal(Before, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(restored.ToString()))));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
