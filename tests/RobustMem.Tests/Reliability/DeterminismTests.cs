using RobustMem.Activations;
using RobustMem.Curves;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;
using RobustMem.Tests.Cli;
using RobustMem.Tests.LinearAlgebra;
using RobustMem.Figures;
using RobustMem.Sweeps;

namespace RobustMem.Tests.Reliability;

/// <summary>Same seed, same bytes: <c>measure</c>'s JSON and a figure's CSV; and the same numbers on either backend.</summary>
public sealed class DeterminismTests
{
    /// <summary>
    /// Native against managed, relative. Not bitwise: the two BLAS sum in different orders. The fits are backward
    /// stable, so each number moves by O(ε·cond) with ε = 2.2e-16, and by O(ε·cond²) where the min-norm fit takes the
    /// Gram-eigen route (|n − m| ≥ 20%). On these regimes cond(Z) ≲ 10³, so ε·cond² ≲ 1e-10; 1e-8 leaves two decades and
    /// is still eight decades below the seed-to-seed spread of S (about 25%, docs/reference/snapshots.md).
    /// </summary>
    private const double BackendRelTol = 1e-8;

    public static TheoryData<string[]> MeasureCommands => new()
    {
        { ["measure", "--d", "12", "--k", "40", "--n", "20", "--test-points", "50", "--seed", "3", "--repeats", "2"] },
        { ["measure", "--model", "ntk", "--activation", "erf", "--law", "laplace", "--d", "8", "--k", "5", "--n", "25", "--test-points", "40"] },
        { ["measure", "--model", "rf-kernel", "--activation", "abs", "--law", "cube", "--d", "10", "--n", "30", "--test-points", "40", "--ridge", "0.01"] },
        { ["measure", "--model", "ntk-kernel", "--law", "gaussian", "--d", "10", "--n", "30", "--test-points", "40", "--seed", "7"] },
    };

    [Theory, MemberData(nameof(MeasureCommands))]
    public void Measure_SameSeed_SameBytes(string[] args)
    {
        var first = InProcessCli.Run(args);
        var second = InProcessCli.Run(args);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        // Control: the comparison can fail, another seed gives other bytes.
        var other = InProcessCli.Run(args.Where((_, i) => !IsSeed(args, i)).Concat(["--seed", "11"]).ToArray());
        Assert.NotEqual(first.Stdout, other.Stdout);
    }

    private static bool IsSeed(string[] args, int i) =>
        i < args.Length && (args[i] == "--seed" || (i > 0 && args[i - 1] == "--seed"));

    [Fact]
    public void FigureCsv_SameSeeds_SameBytes()
    {
        // The snapshot scale's rf-relu figure (d = 20, k = 40, 7 grid points): the reproduce CSV through the Curves API.
        var figure = FigureCatalog.Figures(FigureScale.Snapshot).First(f => f.Name == "rf-relu");
        string Csv(int seeds) => CurveCsv.Format(figure.Curves.Select(spec => CurveSweep.Run(spec, seeds, ManagedLinearAlgebra.Instance)).ToArray());
        string first = Csv(2);
        Assert.Equal(first, Csv(2));
        Assert.NotEqual(first, Csv(1));
    }

    private static readonly Regime[] BackendRegimes =
    [
        new Regime(Model.RandomFeatures, 12, 40, 20, Activation.Relu, TestPoints: 100, Seed: 1),                    // n < m by 50%: Gram route
        new Regime(Model.RandomFeatures, 12, 40, 36, Activation.Abs, InputLaw.Gaussian, TestPoints: 100, Seed: 2),  // near the threshold: SVD
        new Regime(Model.RandomFeatures, 10, 30, 60, Activation.Erf, InputLaw.Cube, TestPoints: 100, Seed: 3),      // past it: least squares
        new Regime(Model.NeuralTangent, 8, 5, 25, Activation.Quadratic, InputLaw.Laplace, TestPoints: 100, Seed: 4),
        new Regime(Model.RandomFeatureKernel, 10, 0, 30, Activation.Relu, TestPoints: 100, Seed: 5),
        new Regime(Model.NeuralTangentKernel, 10, 0, 30, Activation.Erf, InputLaw.Gaussian, Ridge: 1e-3, TestPoints: 100, Seed: 6),
    ];

    [Fact]
    public void Measure_NativeAndManaged_AgreeTo1e8()
    {
        foreach (var regime in BackendRegimes)
        {
            var native = Experiment.Run(regime, 0, NativeBackend.Required());
            var managed = Experiment.Run(regime, 0, ManagedLinearAlgebra.Instance);
            Assert.Equal(native.Rank, managed.Rank);
            Assert.Equal(native.IllPosed, managed.IllPosed);
            Assert.Equal(native.Interpolates, managed.Interpolates);
            Close(native.Sobolev, managed.Sobolev, regime, "sobolev");
            Close(native.SobolevStdErr, managed.SobolevStdErr, regime, "sobolev_stderr");
            Close(native.SobolevExact ?? 0, managed.SobolevExact ?? 0, regime, "sobolev_exact");
            Close(native.TestError, managed.TestError, regime, "test_error");
            // An interpolating fit's train error is round-off (1e-30): compared on the scale of the labels' variance.
            Assert.True(Math.Abs(native.TrainError - managed.TrainError) <= BackendRelTol * (1 + Math.Abs(managed.TrainError)),
                $"{regime}: train_error {native.TrainError} vs {managed.TrainError}");
        }
    }

    private static void Close(double native, double managed, Regime regime, string name)
    {
        double gap = Math.Abs(native - managed) / Math.Max(Math.Abs(managed), double.Epsilon);
        Assert.True(native == managed || gap <= BackendRelTol, $"{regime}: {name} native {native:R} vs managed {managed:R} (relative gap {gap:E2})");
    }
}
