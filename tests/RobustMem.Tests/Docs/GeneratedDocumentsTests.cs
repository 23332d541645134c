using System.Globalization;
using System.Text.RegularExpressions;
using RobustMem.Claims;
using RobustMem.Docs;

namespace RobustMem.Tests.Docs;

/// <summary>
/// The checkout's documents (issue 22): every generated block is what its committed source gives, every source exists,
/// no run's number stands outside a block, and the tables that code and documents share say the same. Regenerate with
/// <c>dotnet run --project tools/docs</c>.
/// </summary>
public class GeneratedDocumentsTests
{
    private static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void EveryDocument_IsWhatItsSourcesGive()
    {
        var documents = DocumentSet.Documents(Root).ToList();
        Assert.Contains("README.md", documents);
        Assert.Contains("docs/explanation/THEORY.md", documents);
        var problems = documents.SelectMany(d => DocumentSet.Problems(Root, d, File.ReadAllText(Path.Combine(Root, d)))).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryDataFile_IsReadAndUsed()
    {
        // A data file no block shows is a number that reaches no reader; a block's source outside the checkout cannot be checked.
        var used = DocumentSet.Documents(Root)
            .SelectMany(d => GeneratedBlock.Parse(File.ReadAllText(Path.Combine(Root, d)), d)).Select(b => b.Source).ToHashSet();
        var data = Directory.EnumerateFiles(Path.Combine(Root, "docs", "results", "data"))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Where(f => f.EndsWith(".csv") || f.EndsWith(".json")).ToList();
        Assert.NotEmpty(data);
        Assert.All(data, f => Assert.True(used.Contains(f), $"{f} is shown by no generated block"));
    }

    [Fact]
    public void EveryRelativeLink_PointsToAFileOfTheCheckout()
    {
        // Moving a document (docs/THEORY.md became docs/explanation/THEORY.md) must not leave a link behind.
        var broken = DocumentSet.Documents(Root).SelectMany(d => Regex.Matches(File.ReadAllText(Path.Combine(Root, d)), @"\]\((?<link>[^)\s#]+)(?:#[^)\s]*)?\)")
                .Select(m => m.Groups["link"].Value).Where(l => !l.Contains("://", StringComparison.Ordinal))
                .Where(l => !Path.Exists(Path.Combine(Root, Path.GetDirectoryName(d) ?? "", l))).Select(l => $"{d}: {l}"))
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));
    }

    [Fact]
    public void CalibratedBandsTable_IsTheDataFile()
    {
        // The claims' scaling rows (Claims/Catalog, each claim's ScalingBands) and docs/results/data/calibrated-bands.csv come
        // from the same calibration run (the rows whose origin is that run's): they must agree row by row.
        static string Edges(Band b) => string.Create(CultureInfo.InvariantCulture, $"[{b.Lower:0.000}, {b.Upper:0.000}]");
        var inCode = Claim.All.Where(c => c.ScalingBands is not null)
            .SelectMany(c => c.ScalingBands!.Keys.Select(key => (Claim: c, Key: key, Bands: c.ScalingBands.For(key))))
            .Where(r => r.Bands.AtN.Origin.StartsWith(RobustMem.Claims.Catalog.ScalingRows.Origin, StringComparison.Ordinal))
            .Select(r => string.Join(",", r.Claim.Id, r.Key.ToString(), Regex.Match(r.Bands.AtN.Origin, @"(\d+) regimes$").Groups[1].Value,
                Edges(r.Bands.AtN), Edges(r.Bands.At4N), Edges(r.Bands.Quotient)))
            .Order(StringComparer.Ordinal).ToList();
        var table = SourceTable.Parse(File.ReadAllText(Path.Combine(Root, "docs", "results", "data", "calibrated-bands.csv")), "calibrated-bands.csv");
        Assert.NotEmpty(inCode);
        Assert.Equal(inCode, table.Rows.Select(r => string.Join(",", r)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ClaimIIIWidthTable_IsTheCodesBands()
    {
        var table = SourceTable.Parse(File.ReadAllText(Path.Combine(Root, "docs", "results", "data", "claim-iii-width.csv")), "claim-iii-width.csv");
        var column = (string name) => table.Header.ToList().IndexOf(name);
        Assert.Equal(5, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var (floor, quotient) = RobustMem.Claims.Catalog.FiniteNeuralTangent.WidthBands.For(RobustMem.Activations.Activation.Parse(row[column("activation")]));
            Assert.Equal(row[column("floor of R")], floor.Lower.ToString("0.000", CultureInfo.InvariantCulture));
            Assert.Equal(row[column("band of Q")], string.Create(CultureInfo.InvariantCulture, $"[{quotient.Lower:0.000}, {quotient.Upper:0.000}]"));
            Assert.Contains($"Q {row[column("Q = R(8k)/R(k)")]}", quotient.Origin);
            Assert.Contains($"{row[column("regimes")]} regimes", quotient.Origin);
        }
    }

    [Fact]
    public void ClaimsSummary_OrdersEveryClaimOfTheCatalogue()
    {
        // tools/ci/claims-summary.py orders the CI table's rows by THEORY.md §2's table (checked against Claim.All below):
        // the order it reads must be Claim.All's, with no list of its own to keep.
        string script = Path.Combine(Root, "tools", "ci", "claims-summary.py");
        var start = new System.Diagnostics.ProcessStartInfo("python3",
            ["-c", "import importlib.util, sys; s = importlib.util.spec_from_file_location('s', sys.argv[1]); m = importlib.util.module_from_spec(s); s.loader.exec_module(m); print(','.join(m.order))", script])
            { RedirectStandardOutput = true };
        using var python = System.Diagnostics.Process.Start(start)!;
        string order = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        Assert.Equal(string.Join(",", Claim.All.Select(c => c.Id)), order);
    }

    [Fact]
    public void TheoryCatalogue_ListsEveryClaimOfTheCode_InItsOrder()
    {
        // THEORY.md §2 is the catalogue Claim cites: its table's ids (a row may hold two, "I-RF, I-NTK") are Claim.All's.
        string theory = File.ReadAllText(Path.Combine(Root, "docs", "explanation", "THEORY.md"));
        string section = theory[theory.IndexOf("## 2. ", StringComparison.Ordinal)..theory.IndexOf("## 3. ", StringComparison.Ordinal)];
        var ids = Regex.Matches(section, @"(?m)^\| (?<ids>[^|]+?) \|").Select(m => m.Groups["ids"].Value)
            .Where(c => c is not "id" && !c.StartsWith("---", StringComparison.Ordinal)).SelectMany(c => c.Split(", "));
        Assert.Equal(Claim.All.Select(c => c.Id), ids);
    }

    [Fact]
    public async Task CommandLineReference_IsTheCommandsOwnHelp()
    {
        // docs/reference/cli/*.txt are the commands' --help, which System.CommandLine builds from their definitions. Child
        // processes, as a user runs them (in this process other tests register extension models and laws, which --help
        // lists), started together so that the five cost about one.
        string[] commands = ["", "measure", "reproduce", "merge", "laws"];
        var helps = await Task.WhenAll(commands.Select(c => Task.Run(() => RobustMem.Tests.Cli.CliRunner.Run(c.Length == 0 ? ["--help"] : [c, "--help"]))));
        foreach (var (command, result) in commands.Zip(helps))
        {
            Assert.Equal(0, result.ExitCode);
            string help = Regex.Replace(result.Stdout, @"(?m)^(Usage:\n  )\S+", "$1robustmem");
            string file = Path.Combine(Root, "docs", "reference", "cli", (command.Length == 0 ? "robustmem" : command) + ".txt");
            Assert.True(File.Exists(file), $"{file} is missing; run bash tools/docs/cli-help.sh");
            Assert.True(File.ReadAllText(file) == help, $"{file} is not `robustmem {command} --help`; run bash tools/docs/cli-help.sh");
        }
    }
}
