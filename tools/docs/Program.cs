using RobustMem.Docs;

// dotnet run --project tools/docs             rewrites every generated block of the documents from its source
// dotnet run --project tools/docs -- --check  changes nothing; lists what the fast test GeneratedDocumentsTests would fail on
bool check = args.Contains("--check");
if (args.Any(a => a != "--check"))
{
    Console.Error.WriteLine("docs: usage: dotnet run --project tools/docs [-- --check]");
    return 2;
}
string root = RobustMem.Checkout.RepositoryRoot.Path;
int problems = 0;
foreach (string document in DocumentSet.Documents(root))
{
    string path = Path.Combine(root, document);
    string text = File.ReadAllText(path);
    if (!check)
    {
        try
        {
            string rendered = DocumentSet.Render(root, document, text);
            if (rendered != text) { File.WriteAllText(path, rendered); Console.WriteLine($"docs: wrote {document}"); }
            text = rendered;
        }
        catch (Exception e) when (e is FileNotFoundException or FormatException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"docs: {document}: {e.Message}");
        }
    }
    foreach (string problem in DocumentSet.Problems(root, document, text)) { Console.Error.WriteLine(problem); problems++; }
}
Console.WriteLine(problems == 0 ? "docs: every generated block is what its source gives" : $"docs: {problems} problems");
return problems == 0 ? 0 : 1;
