using BenchmarkDotNet.Attributes;
using RobustMem.Activations;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;
using RobustMem.Models;

namespace RobustMem.Benchmarks;

/// <summary>Whole measurements (fit + Monte Carlo seminorm + errors), managed baseline against OpenBLAS.</summary>
public class PipelineBenchmarks
{
    [Params("managed", "openblas")]
    public string BackendName { get; set; } = "managed";

    private ILinearAlgebra La => BackendName == "managed" ? ManagedLinearAlgebra.Instance : NativeLinearAlgebra.Instance;

    [Benchmark] public Measurement RandomFeatures() => Experiment.Run(new Regime(Model.RandomFeatures, D: 100, K: 400, N: 200), 0, La);
    [Benchmark] public Measurement NeuralTangent() => Experiment.Run(new Regime(Model.NeuralTangent, D: 20, K: 20, N: 200), 0, La);
    [Benchmark] public Measurement Kernel() => Experiment.Run(new Regime(Model.RandomFeatureKernel, D: 300, K: 0, N: 300, Activation.Relu, InputLaw.Sphere), 0, La);
}
