namespace RobustMem.Tests.Cli;

/// <summary>
/// Deterministic generator of random and hostile command lines. A valid <c>measure</c> is always small (d ≤ 12,
/// k ≤ 40, n ≤ 30, at most 40 test points, at most 3 repeats), so no case runs long; every hostile size is invalid
/// whatever the other sizes are (≤ 0, past the ranges of <c>Regime.Validate</c>, not an int), except the listed
/// expensive regimes, which the memory and work guards must reject. Every <c>reproduce</c> carries at least one
/// defect, since a valid one sweeps whole figures.
/// </summary>
internal sealed class CommandLineFuzz(int seed, string scratch)
{
    private readonly Random _random = new(seed);
    private int _folders;

    private static readonly string[] HostileInts =
        ["-1", "0", "-2147483648", "2147483648", "99999999999999999999", "1e3", "1.5", "NaN", "Infinity", "-Infinity", "ten", "", " ", "0x10", "+-3", "١٢"];
    private static readonly string[] HostileDoubles =
        ["-1", "-1e-300", "NaN", "nan", "Infinity", "-Infinity", "1e309", "1e7", "1e13", "abc", "", "1,5", "--1"];
    private static readonly string[] HostileNames = ["", " ", "swish", "RELU2", "1", "-1", "cnn", "uniform", "null", "\u0000", "re\nlu", "rf;rm -rf /", new string('x', 5000)];
    private static readonly string[] UnknownFlags = ["--bogus", "-x", "--n=", "---d", "--D", "--seed-", "/d", "--", "--a\nb"];

    /// <summary>Regimes inside every range that would still run for minutes or fill memory: the guards must refuse them.</summary>
    private static readonly string[][] Expensive =
    [
        ["--n", "10000000"],                                           // n past this machine's memory with the default k
        ["--n", "5000000", "--k", "1000", "--d", "20"],
        ["--d", "300", "--k", "16000", "--n", "16000"],                // fits in memory, too long at the measured rates (4e12)
        ["--model", "ntk", "--d", "1000", "--k", "1000", "--n", "1000"],
        ["--model", "rf-kernel", "--d", "10", "--n", "9000", "--test-points", "10"],
        ["--k", "10000000", "--d", "1000", "--n", "1"],
        ["--d", "20", "--k", "60", "--n", "30", "--test-points", "9000000"],     // cheap products, ten million points
        ["--model", "rf-kernel", "--d", "4", "--n", "10", "--test-points", "10000000"],
        ["--d", "1000000", "--k", "10000000", "--n", "10000000", "--model", "ntk"],
    ];

    public CommandLineCase Next(int index)
    {
        double u = _random.NextDouble();
        if (u < 0.80) return new(index, Measure(), null);
        if (u < 0.88) return new(index, [.. Pick(Expensive), .. Measure(sizes: false)], null);
        if (u < 0.96) return Reproduce(index);
        return new(index, Pick<string[]>([[], [""], ["bogus"], ["measure", "measure"], ["--help"], ["--version"], ["MEASURE"], ["reproduce", "extra"]]), null);
    }

    private string[] Measure(bool sizes = true)
    {
        var args = new List<string> { "measure" };
        if (sizes)
        {
            Size(args, "--d", 1, 12);
            Size(args, "--k", 1, 40);
            Size(args, "--n", 1, 30);
            Size(args, "--test-points", 2, 40);
        }
        Named(args, "--model", ["rf", "ntk", "rf-kernel", "ntk-kernel", "RF", "Ntk-Kernel"]);
        // A kernel has no width and refuses --k: most kernel cases leave it out, so that enough of them stay valid.
        int model = args.IndexOf("--model");
        if (model >= 0 && model + 1 < args.Count && args[model + 1].EndsWith("kernel", StringComparison.OrdinalIgnoreCase) && Chance(0.8))
            for (int i = args.Count - 2; i >= 0; i--)
                if (args[i] == "--k") args.RemoveRange(i, 2);
        // tanh and softplus kernels go through 2-D quadrature (seconds, not milliseconds): the fuzz draws the closed forms.
        Named(args, "--activation", ["relu", "abs", "erf", "cos", "quadratic", "Erf"]);
        Named(args, "--law", ["sphere", "gaussian", "cube", "laplace", "Laplace"]);
        Real(args, "--noise", () => Pick(["0", "1", "0.5", "3", "1e-12"]));
        Real(args, "--ridge", () => Pick(["0", "1e-8", "0.01", "1", "1e6"]));
        // The sharper laws' flags in a quarter of the cases each, so that enough cases stay valid (the test asks a tenth).
        if (Chance(0.25)) Real(args, "--weights-sd", () => Pick(["1", "0.1", "0.5", "2"]));
        if (Chance(0.25)) Named(args, "--target", ["linear", "none", "None"]);
        Optional(args, "--seed", () => Pick(["0", "7", "999999"]), ["1.5", "seed", "", "2147483648", "-5", "1000000", "2147483647", "-2147483648"]);
        Optional(args, "--repeats", () => Pick(["1", "2", "3"]), ["0", "-1", "10001", "x", "NaN"]);
        if (Chance(0.05)) args.Insert(_random.Next(1, args.Count + 1), Pick(UnknownFlags));
        if (Chance(0.03)) args.Insert(_random.Next(1, args.Count + 1), "");
        if (Chance(0.02)) args.Insert(_random.Next(1, args.Count + 1), "--d");   // a flag without its value
        return [.. args];
    }

    private void Size(List<string> args, string flag, int min, int max)
    {
        double u = _random.NextDouble();
        string value = u < 0.8 ? _random.Next(min, max + 1).ToString() : u < 0.95 ? Pick(HostileInts) : Pick(["10000001", "2147483647"]);
        args.Add(flag);
        args.Add(value);
        if (Chance(0.04)) { args.Add(flag); args.Add(_random.Next(min, max + 1).ToString()); }   // duplicated, conflicting
    }

    private void Named(List<string> args, string flag, string[] valid) => Optional(args, flag, () => Pick(valid), HostileNames);

    private void Real(List<string> args, string flag, Func<string> valid) => Optional(args, flag, valid, HostileDoubles);

    private void Optional(List<string> args, string flag, Func<string> valid, string[] hostile)
    {
        double u = _random.NextDouble();
        if (u < 0.4) return;
        args.Add(flag);
        args.Add(u < 0.9 ? valid() : Pick(hostile));
        if (Chance(0.03)) { args.Add(flag); args.Add(valid()); }
    }

    private CommandLineCase Reproduce(int index)
    {
        string folder = Path.Combine(scratch, $"out{_folders++}");
        var args = new List<string> { "reproduce" };
        string? guarded = folder;
        switch (_random.Next(8))
        {
            case 0: args.AddRange(["--out", folder, "--seeds", Pick(["0", "-3", "101", "x", "NaN", ""])]); break;
            case 1: args.AddRange(["--out", folder, "--figure", Pick(["", "rf", "RF-RELU", "all", "../etc"])]); break;
            case 2:
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "summary.md"), "a previous run\n");
                File.WriteAllText(Path.Combine(folder, "rf-relu.csv"), "n,S\n10,1.0\n");
                args.AddRange(["--out", folder, "--seeds", "1", "--figure", "rf-relu"]);
                break;
            case 3:
                Directory.CreateDirectory(scratch);
                File.WriteAllText(folder, "a file, not a folder");
                args.AddRange(["--out", folder, "--seeds", "1"]);
                break;
            case 4: args.AddRange(["--out", Pick(["", "   "]), "--seeds", "1"]); guarded = null; break;
            case 5: args.AddRange(["--out", folder, Pick(UnknownFlags), "--seeds", "1"]); break;
            case 6: args.AddRange(["--out", folder, "--out", folder + "b", "--seeds", "1"]); break;
            default:
                // A folder inside a file cannot be created: an I/O error that must read as bad input.
                Directory.CreateDirectory(scratch);
                string file = Path.Combine(scratch, $"file{index}");
                File.WriteAllText(file, "x");
                args.AddRange(["--out", Path.Combine(file, "sub"), "--seeds", "1", "--figure", "rf-relu"]);
                break;
        }
        if (Chance(0.3)) args.Add("--full");
        return new(index, [.. args], guarded);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
