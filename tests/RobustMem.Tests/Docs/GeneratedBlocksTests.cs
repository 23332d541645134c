using RobustMem.Docs;

namespace RobustMem.Tests.Docs;

/// <summary>
/// The checker of generated blocks on synthetic documents: it must fail on a changed digit in a block or in its source,
/// on a missing source or provenance, and on a run's number outside a block; and pass on what the generator wrote.
/// </summary>
public sealed class GeneratedBlocksTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("robustmem-docs-").FullName;

    private const string Data = "# command: ./robustmem laws --format json\n# seeds: 0..399\n# date: 2026-12-02\nclaim,Q\nIII abs,1.078 ± 0.034\nII,0.952\n";

    private string Document(string body = "A page.\n\n<!-- generated:q source=data/q.csv -->\n<!-- /generated -->\n\nThe end.\n")
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "data", "q.csv"), Data);
        return DocumentSet.Render(_root, "page.md", body);
    }

    private IReadOnlyList<string> Problems(string text) => DocumentSet.Problems(_root, "page.md", text).ToList();

    [Fact]
    public void RenderedDocument_HasNoProblems_AndRenderingAgainChangesNothing()
    {
        string text = Document();
        Assert.Contains("| III abs | 1.078 ± 0.034 |", text);
        Assert.Contains("command: `./robustmem laws --format json` · seeds: 0..399 · date: 2026-12-02", text);
        Assert.Empty(Problems(text));
        Assert.Equal(text, DocumentSet.Render(_root, "page.md", text));
    }

    [Fact]
    public void ChangedDigitInTheBlock_Fails()
    {
        string text = Document().Replace("1.078 ± 0.034", "1.077 ± 0.034");
        Assert.Contains(Problems(text), p => p.Contains("block 'q' differs from what data/q.csv gives"));
    }

    [Fact]
    public void ChangedDigitInTheSource_Fails()
    {
        string text = Document();
        File.WriteAllText(Path.Combine(_root, "data", "q.csv"), Data.Replace("0.952", "0.953"));
        Assert.Contains(Problems(text), p => p.Contains("block 'q' differs"));
    }

    [Fact]
    public void MissingSource_Fails()
    {
        string text = Document();
        File.Delete(Path.Combine(_root, "data", "q.csv"));
        Assert.Contains(Problems(text), p => p.Contains("source data/q.csv is missing"));
    }

    [Fact]
    public void SourceWithoutItsSeedsOrDate_Fails()
    {
        string text = Document();
        File.WriteAllText(Path.Combine(_root, "data", "q.csv"), "# command: x\nclaim,Q\nII,0.952\n");
        Assert.Contains(Problems(text), p => p.Contains("does not say its seeds, date"));
    }

    [Fact]
    public void ProvenanceFromColumns_IsAccepted_AndNotRepeatedInTheTable()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "data", "b.csv"), "route,ratio,command,seeds,date\ndense,1.00,bench x,0,2026-12-02\nstreamed,0.43,bench x,0,2026-12-02\n");
        string text = DocumentSet.Render(_root, "page.md", "<!-- generated:b source=data/b.csv -->\n<!-- /generated -->\n");
        Assert.Contains("| route | ratio |", text);
        Assert.Contains("command: `bench x` · seeds: 0 · date: 2026-12-02", text);
        Assert.Empty(Problems(text));
    }

    [Fact]
    public void ColumnsAndWhere_SelectPartOfTheSource()
    {
        string text = Document("<!-- generated:q source=data/q.csv columns=Q where=claim:II -->\n<!-- /generated -->\n");
        Assert.Contains("| Q |\n|---|\n| 0.952 |\n", text);
        Assert.DoesNotContain("1.078", text);
        Assert.Empty(Problems(text));
    }

    [Fact]
    public void UnclosedBlock_Fails()
    {
        Document();
        Assert.Contains(Problems("<!-- generated:q source=data/q.csv -->\nno end\n"), p => p.Contains("has no <!-- /generated -->"));
    }

    [Theory]
    [InlineData("Q is 1.08 ± 0.03 for abs.", "a figure with ±")]
    [InlineData("γ = −0.46 ± 0.02 for abs.", "a figure with ±")]
    [InlineData("It rejected 161/200 cases.", "a count of cases")]
    [InlineData("The run took 24.9 min.", "a time or a size")]
    [InlineData("Peak memory 352 MB.", "a time or a size")]
    [InlineData("at a load average of about 45", "a load average")]
    [InlineData("S within 3 % of the kernel's", "a measured percentage")]
    [InlineData("S(4k)/S(k) ≈ 0.93", "an approximate measured value")]
    [InlineData("Run: `dotnet test` (267 unit tests).", "a count of tests, claims or figures")]
    [InlineData("It lists 9 claims.", "a count of tests, claims or figures")]
    public void RunNumberOutsideABlock_Fails(string line, string kind)
    {
        string text = Document() + "\n" + line + "\n";
        Assert.Contains(Problems(text), p => p.Contains(kind + " outside a generated block"));
    }

    [Theory]
    [InlineData("Labels ±1, seeds 0..399, shard 1/24, the bound √(n/k), 4.5 sd, THEORY.md §2.")]
    [InlineData("```\nQ 1.08 ± 0.03\n```")]
    [InlineData("Run `tool --took 3 s` first.")]
    [InlineData("Q 1.08 ± 0.03 <!-- not-a-run: a worked example's made-up value -->")]
    public void WhatIsNotARunNumber_Passes(string line)
    {
        string text = Document() + "\n" + line + "\n";
        Assert.Empty(Problems(text));
    }

    [Fact]
    public void CodeRegion_IsTheLinesBetweenItsMarkers_Dedented()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src"));
        File.WriteAllText(Path.Combine(_root, "src", "A.cs"), "class A\n{\n    // <doc:m>\n    int M() => 1;\n    // </doc:m>\n}\n");
        string text = DocumentSet.Render(_root, "page.md", "<!-- generated:m source=src/A.cs region=m -->\n<!-- /generated -->\n");
        Assert.Contains("```csharp\nint M() => 1;\n```", text);
        File.WriteAllText(Path.Combine(_root, "src", "A.cs"), "class A\n{\n    // <doc:m>\n    int M() => 2;\n    // </doc:m>\n}\n");
        Assert.Contains(Problems(text), p => p.Contains("block 'm' differs"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
