using System.Diagnostics;
using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.Features;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.SharperLaws;

namespace RobustMem.Benchmarks;

/// <summary>
/// `limits` (issue 19 item 5): this machine's rates, and each of measure's fit routes against its own limit, in one run.
/// The kernels (dgemm, dsyrk, the QR route, dpotrf, the Gaussian draw, σ) are timed alone at each route's own shapes, just
/// before and just after the route, and averaged; a
/// route's limit is its operations' counts at those rates, and its ratio is its own time over that limit. Writes
/// docs/results/data/machine-rates.csv (which measure's guard reads, <see cref="MachineRates"/>) and route-limits.csv.
/// </summary>
/// <remarks>
/// The limit counts what a route must do: one X·Wᵀ, the products, Grams and factorizations that give its fit, one draw of
/// W and one σ per entry of the n×k pre-activations. What the route does beyond that (certification by power iteration,
/// norms, copies, the NTK dual's second X·Wᵀ) is what its ratio over 1 shows. Medians of repeats; the load average is
/// recorded before and after, since two shared cores make every rate a function of the load.
/// </remarks>
internal static class RouteLimits
{
    /// <summary>limits [--out-dir DIR] [--repeats R]: prints and writes both files.</summary>
    public static int Run(string[] args)
    {
        string Arg(string name, string fallback) => Arguments.Value(args, name, fallback);
        string dir = Arg("out-dir", Path.Combine("docs", "results", "data"));
        int repeats = int.Parse(Arg("repeats", "5"), CultureInfo.InvariantCulture);
        var la = Backend.Current;
        string before = Load();
        string started = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var rates = new List<Rate>();

        // Route 1, dense: RF relu n = k = 1000, d = 300 (at the threshold n = k the ladder takes its QR route).
        var rfDense = new Regime(Model.RandomFeatures, 300, 1000, 1000);
        double t1 = 0;
        var r1 = Around(rates, () => t1 = Median(repeats, () => Experiment.Fit(rfDense, la: la)),
            list => Kernels(la, list, repeats, "rf dense", n: 1000, k: 1000, d: 300, Activation.Relu, qr: true, cholesky: false, slopeMap: false));
        // Route 2, dual: NTK relu, the README's defaults (d = 300, k = 1000, n = 500).
        var ntk = new Regime(Model.NeuralTangent, 300, 1000, 500);
        double t2 = 0;
        var r2 = Around(rates, () => t2 = Median(repeats, () => Experiment.Fit(ntk, la: la)),
            list => Kernels(la, list, repeats, "ntk dual", n: 500, k: 1000, d: 300, Activation.Relu, qr: false, cholesky: true, slopeMap: false, ntkDual: true));
        // Route 3, streamed: the sharper laws' largest RF point, the sensitivity alone (one pass over W, block by block).
        var largest = new Regime(Model.RandomFeatures, 1000, 200_000, 1200, Activation.Tanh, InputLaw.Gaussian, WeightsSd: 1, Target: LabelTarget.None);
        double t3 = 0;
        var r3 = Around(rates, () =>
            {
                var clock = Stopwatch.StartNew();
                SensitivityProbe.Measure(largest, la);
                t3 = clock.Elapsed.TotalSeconds;
            },
            list => Kernels(la, list, repeats, "rf streamed", n: 1200, k: 200_000, d: 1000, Activation.Tanh, qr: false, cholesky: true, slopeMap: true));
        string after = Load();

        // The guard's own calibration: a whole default measure on the dense route (products at the gemm rate, the rest at
        // the dense rate) and many cheap points (the per-point overhead), timed the same way.
        double measureSeconds = Median(repeats, () => Experiment.Run(rfDense, la: la));
        // The issue's new user's regime (one repeat of it took 12.8 s): past the threshold, the ladder's Gram route and its
        // eigen-decomposition, which the factorization term n·m·min(n, m) counts as cheaply as n = k's QR.
        var newUser = new Regime(Model.RandomFeatures, 500, 3000, 2000, TestPoints: 2000);
        double newUserSeconds = Median(1, () => Experiment.Run(newUser, la: la));
        var manyPoints = new Regime(Model.RandomFeatures, 4, 28, 28, TestPoints: 100_000);
        double pointsSeconds = Median(Math.Min(repeats, 3), () => Experiment.Run(manyPoints, la: la));

        string machine = $"{Environment.ProcessorCount} cores, {Cpu()}, backend {la.Name}, load {before} before, {after} after";
        var header = new StringBuilder()
            .AppendLine("# command: dotnet run -c Release --project bench/RobustMem.Benchmarks -- limits")
            .AppendLine("# seeds: 1 (the kernels' random inputs); the routes' regimes at seed 0")
            .AppendLine($"# date: {started} UTC")
            .AppendLine($"# machine: {machine}");
        var ratesFile = new StringBuilder(header.ToString())
            .AppendLine("# what: each kernel alone, median of the repeats; rate = multiply-adds (or entries) per second. measure's guard reads the rows marked guard (Experiments/MachineRates).")
            .AppendLine("kernel,route,shape,count,seconds,rate_per_s,guard");
        foreach (var r in rates) ratesFile.AppendLine(Invariant($"{r.Kernel},{r.Route},{r.Shape},{r.Count:G4},{r.Seconds:G4},{r.PerSecond:G4},{r.Guard}"));
        // The guard's two end-to-end rates. Points per second: the many cheap points' measure (products are 112 multiply-adds a
        // point there). The dense rate: what the default measure at n = k = 1000 leaves, after its products at the gemm rate and
        // its points at that rate, for its factorization term n·m·min(n, m).
        double gemmRate = rates.Single(r => r.Guard == "streamed_rate").PerSecond;
        double points = manyPoints.EvaluatedPoints(MeasureFields.All);
        double pointsPerSecond = points / pointsSeconds;
        ratesFile.AppendLine(Invariant($"measure (all fields),rf dense,d = 4 k = 28 n = 28 t = 100000,{points:G4},{pointsSeconds:G4},{pointsPerSecond:G4},points_per_s"));
        var calibrations = new[] { ("d = 300 k = 1000 n = 1000", rfDense, measureSeconds), ("d = 500 k = 3000 n = 2000 t = 2000", newUser, newUserSeconds) }
            .Select(c => (c.Item1, Left: Leftover(c.Item2, c.Item3, gemmRate, pointsPerSecond))).ToArray();
        // The slower of the two is the guard's: an estimate that errs long, never short.
        double slowest = calibrations.Min(c => c.Left.Rate);
        foreach (var (shape, left) in calibrations)
            ratesFile.AppendLine(Invariant($"measure (all fields) less products and points,rf dense,{shape},{left.Factorization:G4},{left.Seconds:G4},{left.Rate:G4},{(left.Rate == slowest ? "dense_rate" : "")}"));
        Write(Path.Combine(dir, "machine-rates.csv"), ratesFile.ToString());

        var limits = new StringBuilder(header.ToString())
            .AppendLine("# what: a route's limit is its operations at the rates of machine-rates.csv from the same run (BLAS alone, and with the draws of W and σ); ratio = the route's median time / limit")
            .AppendLine("route,regime,operations,blas_limit_s,limit_s,route_s,ratio,ratio_to_blas");
        foreach (var (name, regime, limit, seconds) in new[]
        {
            ("dense", "rf relu n = k = 1000, d = 300: Experiment.Fit", r1, t1),
            ("dual", "ntk relu n = 500, d = 300, k = 1000 (README): Experiment.Fit", r2, t2),
            ("streamed", "rf tanh n = 1200, d = 1000, k = 2·10⁵, sensitivity: SensitivityProbe.Measure (one run)", r3, t3),
        })
            limits.AppendLine(Invariant($"{name},\"{regime}\",\"{limit.Operations}\",{limit.Blas:F3},{limit.Total:F3},{seconds:F3},{seconds / limit.Total:F2},{seconds / limit.Blas:F2}"));
        Write(Path.Combine(dir, "route-limits.csv"), limits.ToString());
        Console.Write(ratesFile);
        Console.Write(limits);
        return 0;
    }

    // What a default measure leaves after its products at the gemm rate and its points at the points' rate: seconds for its
    // factorization term n·m·min(n, m), and that term's rate.
    private static (double Factorization, double Seconds, double Rate) Leftover(Regime regime, double seconds, double gemmRate, double pointsPerSecond)
    {
        double n = regime.N, m = regime.FeatureDimension, factorization = n * m * Math.Min(n, m);
        double evaluated = regime.EvaluatedPoints(MeasureFields.All);
        double products = evaluated * regime.Model.EvaluationWidth(regime) * regime.D + regime.Model.ExtraWork(regime);
        double left = Math.Max(seconds - products / gemmRate - evaluated / pointsPerSecond, 0.1 * seconds);
        return (factorization, left, factorization / left);
    }

    // The kernels timed just before and just after the route, averaged: on a shared box the load moves within a minute.
    private static Limit Around(List<Rate> rates, Action route, Func<List<Rate>, Limit> kernels)
    {
        var before = new List<Rate>();
        var first = kernels(before);
        route();
        var after = new List<Rate>();
        var second = kernels(after);
        rates.AddRange(before.Zip(after, (a, b) => a with { Seconds = (a.Seconds + b.Seconds) / 2 }));
        return new Limit((first.Blas + second.Blas) / 2, (first.Total + second.Total) / 2, first.Operations);
    }

    private sealed record Rate(string Kernel, string Route, string Shape, double Count, double Seconds, string Guard = "")
    {
        public double PerSecond => Count / Seconds;
    }

    private sealed record Limit(double Blas, double Total, string Operations);

    // Times each kernel the route needs at its shapes, appends the rates and returns the route's limit.
    private static Limit Kernels(ILinearAlgebra la, List<Rate> rates, int repeats, string route, int n, int k, int d, Activation sigma,
        bool qr, bool cholesky, bool slopeMap, bool ntkDual = false)
    {
        var rng = new Rng(1);
        int block = slopeMap ? RandomFeaturesModel.BlockSize(new Regime(Model.RandomFeatures, d, k, n)) : k;
        var x = Random(n, d, rng);
        var w = WeightSampler.Draw(block, d, rng, 1);
        double blocks = (double)k / block;
        var ops = new List<string>();
        double blas = 0, total = 0;
        void Add(Rate r, double times, string what)
        {
            rates.Add(r);
            double s = r.Seconds * times;
            if (r.Kernel is "gaussian draw" or "σ") total += s;
            else { blas += s; total += s; }
            ops.Add(what);
        }
        bool streamed = slopeMap;
        var pre = la.Multiply(x, false, w, true);
        Add(new Rate("dgemm", route, $"{n}×{d}·{d}×{block}", (double)n * d * block, Median(repeats, () => la.Multiply(x, false, w, true)), streamed ? "streamed_rate" : ""), blocks, "X·Wᵀ");
        if (ntkDual)
        {
            var slopesT = Random(n, block, rng);
            Add(new Rate("dgemm", route, $"{block}×{n}·{n}×{d}", (double)n * d * block, Median(repeats, () => la.Multiply(slopesT, true, x, false))), 1, "A = Sᵀdiag(α)X");
            Add(new Rate("dsyrk", route, $"{n}×{block}", (double)n * n * block / 2, Median(repeats, () => la.OuterGram(slopesT))), 1, "SSᵀ");
            Add(new Rate("dsyrk", route, $"{n}×{d}", (double)n * n * d / 2, Median(repeats, () => la.OuterGram(x))), 1, "XXᵀ");
        }
        if (slopeMap)
        {
            var gram = Matrix<double>.Build.Dense(n, n);
            Add(new Rate("dsyrk", route, $"{n}×{block} (β = 1)", (double)n * n * block / 2, Median(repeats, () => la.AddOuterGramLower(pre, gram))), blocks, "ZZᵀ");
            var map = Matrix<double>.Build.Dense(n, d);
            Add(new Rate("dgemm", route, $"{n}×{block}·{block}×{d} (β = 1)", (double)n * d * block, Median(repeats, () => la.MultiplyAdd(pre, false, w, false, map))), blocks, "Mᵀ = Σ Z_B diag(σ′) W_B");
        }
        if (qr)
        {
            var z = Elementwise.Apply(pre, sigma.Value, 1 / Math.Sqrt(k));
            var y = Vector<double>.Build.Dense(n, i => rng.NextGaussian());
            double m = Math.Min(n, k);
            // dgeqrf 2/3·m³ and dtrtri m³/6 multiply-adds for a square Z; dormqr and dtrtrs are O(m²).
            Add(new Rate("QR route (dgeqrf+dormqr+dtrtrs+dtrtri)", route, $"{n}×{k}", 5.0 / 6 * m * m * m, Median(repeats, () => la.QrLeastSquares(z, y))), 1, "QR of Z");
        }
        if (cholesky)
        {
            var spd = la.OuterGram(Random(n, n + 10, rng));
            Add(new Rate("dpotrf", route, $"{n}×{n}", (double)n * n * n / 6, Median(repeats, () => la.Cholesky(spd))), 1, "Cholesky of the Gram");
        }
        Add(new Rate("gaussian draw", route, $"{block}×{d}", (double)block * d, Median(repeats, () => WeightSampler.Draw(block, d, rng, 1)), streamed ? "draws_per_s" : ""), blocks, "draw W");
        Func<double, double> f = ntkDual ? sigma.First : sigma.Value;
        Add(new Rate("σ", route, $"{sigma.Name} on {n}×{block}", (double)n * block, Median(repeats, () => Elementwise.Apply(pre, f, 0.5)), streamed ? "activations_per_s" : ""), blocks, ntkDual ? "σ′(XWᵀ)" : "σ(XWᵀ)");
        return new Limit(blas, total, string.Join(" + ", ops));
    }

    private static Matrix<double> Random(int rows, int columns, Rng rng)
    {
        var values = new double[(long)rows * columns];
        for (long i = 0; i < values.Length; i++) values[i] = rng.NextGaussian() / Math.Sqrt(columns);
        return Matrix<double>.Build.Dense(rows, columns, values);
    }

    // Median wall time of `repeats` calls after one warm-up call.
    private static double Median(int repeats, Action run)
    {
        run();
        var seconds = new double[repeats];
        for (int r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            run();
            seconds[r] = clock.Elapsed.TotalSeconds;
        }
        Array.Sort(seconds);
        return seconds[repeats / 2];
    }

    private static double Median<T>(int repeats, Func<T> run) => Median(repeats, () => { _ = run(); });

    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static string Cpu() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim().Replace(",", " ", StringComparison.Ordinal) ?? "unknown cpu";

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
