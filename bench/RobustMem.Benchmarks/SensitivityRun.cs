using System.Diagnostics;
using System.Globalization;
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
/// `sensitivity`: one point of the sharper laws' probe as a whole process, for bench/sensitivity_memory.sh to time and to
/// read its peak RSS beside the numpy twin. `rates`: the streamed routes' unit costs behind Regime.MaxStreamedWork.
/// </summary>
/// <remarks>Not a robustmem command: a benchmark's entry point, run by hand.</remarks>
internal static class SensitivityRun
{
    /// <summary>sensitivity --model rf|ntk --d --n --k --activation --seed [--dump file]: prints S, the probe's seconds and VmHWM.</summary>
    public static int Sensitivity(string[] args)
    {
        string Arg(string name, string fallback) => Arguments.Value(args, name, fallback);
        int Int(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var regime = new Regime(Model.Parse(Arg("model", "rf")), Int("d", 1000), Int("k", 10_000), Int("n", 400),
            Activation.Parse(Arg("activation", "tanh")), InputLaw.Gaussian, Seed: Int("seed", 0), WeightsSd: 1, Target: LabelTarget.None);
        if (Arg("dump", "") is { Length: > 0 } path) Dump(regime, path);
        var clock = Stopwatch.StartNew();
        long lastTenth = -1;
        var progress = new Line(fraction =>
        {
            long tenth = (long)Math.Floor(fraction * 10);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            Console.Error.WriteLine(FormattableString.Invariant($"  {fraction:P0} done after {clock.Elapsed.TotalSeconds:F1} s"));
        });
        double s = SensitivityProbe.Measure(regime, Backend.Current, progress);
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"S={s:R} seconds={seconds:F2} vmhwm_kb={PeakResidentKb()} backend={Backend.Current.Name} work={regime.Model.SensitivityCost(regime).Work:G3}"));
        return 0;
    }

    /// <summary>The probe's inputs, for the numpy twin to fit the same model: int32 n, d, k; then X (n×d), y, x₀, W (k×d), row-major float64.</summary>
    private static void Dump(Regime regime, string path)
    {
        var streams = new RandomStreams(regime.Seed).ForRepeat(0);
        var train = FitParts.Standard.Data(regime, streams);
        var x0 = InputSampler.Sample(regime.Law, 1, regime.D, streams.SensitivityPoint).Row(0);
        var w = WeightSampler.Draw(regime.K, regime.D, streams.Weights, regime.WeightsSd);
        using var file = new BinaryWriter(File.Create(path));
        file.Write(regime.N);
        file.Write(regime.D);
        file.Write(regime.K);
        foreach (double v in train.X.ToRowMajorArray()) file.Write(v);
        foreach (double v in train.Y) file.Write(v);
        foreach (double v in x0) file.Write(v);
        foreach (double v in w.ToRowMajorArray()) file.Write(v);
    }

    /// <summary>rates: multiply-adds per second of the streamed RF route's three parts at the figures' block shape (N = 1200, d = 1000, 1024 rows of W).</summary>
    public static int Rates()
    {
        const int n = 1200, d = 1000, rows = StreamingRandomFeatures.DefaultBlockSize, repeats = 10;
        var la = Backend.Current;
        var rng = new Rng(1);
        var x = Matrix<double>.Build.Dense(n, d, (_, _) => rng.NextGaussian());
        var w = WeightSampler.Draw(rows, d, rng, 1);
        la.Multiply(x, false, w, true);
        var clock = Stopwatch.StartNew();
        Matrix<double> z = null!;
        for (int r = 0; r < repeats; r++) z = la.Multiply(x, false, w, true);
        double gemm = (double)n * rows * d * repeats / clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (int r = 0; r < repeats; r++) la.OuterGram(z);
        double syrk = (double)n * n * rows / 2 * repeats / clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (int r = 0; r < repeats; r++) WeightSampler.Draw(rows, d, rng, 1);
        double draws = (double)rows * d * repeats / clock.Elapsed.TotalSeconds;
        clock.Restart();
        var values = z.AsColumnMajorArray();
        Func<double, double> f = Activation.Tanh.Value;
        var copy = new double[values.Length];
        for (int r = 0; r < repeats; r++)
            for (int i = 0; i < values.Length; i++) copy[i] = f(values[i]);
        double activations = (double)values.Length * repeats / clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"gemm {gemm:G3} multiply-adds/s, syrk {syrk:G3}/s, draws {draws:G3}/s (one = {gemm / draws:F0} multiply-adds), tanh {activations:G3}/s (one = {gemm / activations:F0}); backend {la.Name}"));
        return 0;
    }

    // VmHWM of /proc/self/status: the process's peak resident set, in kB.
    private static long PeakResidentKb() =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)).FirstOrDefault();

    // Synchronous, unlike Progress<T>, which posts to the thread pool.
    private sealed class Line(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
