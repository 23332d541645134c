using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.LinearAlgebra;

namespace RobustMem.Benchmarks;

/// <summary>The core dense operations, managed (baseline) against OpenBLAS, at the sizes the claims use.</summary>
[MemoryDiagnoser]
public class LinearAlgebraBenchmarks
{
    private Matrix<double> _a = null!, _b = null!, _spd = null!;

    [Params("managed", "openblas")]
    public string BackendName { get; set; } = "managed";

    [Params(500)]
    public int Size { get; set; }

    private ILinearAlgebra La => BackendName == "managed" ? ManagedLinearAlgebra.Instance : NativeLinearAlgebra.Instance;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Rng(1);
        _a = Matrix<double>.Build.Dense(Size, 2 * Size, (_, _) => rng.NextGaussian());
        _b = Matrix<double>.Build.Dense(2 * Size, Size, (_, _) => rng.NextGaussian());
        _spd = ManagedLinearAlgebra.Instance.OuterGram(_a) + Matrix<double>.Build.DenseIdentity(Size);
    }

    [Benchmark] public Matrix<double> Gemm() => La.Multiply(_a, false, _b, false);
    [Benchmark] public Matrix<double> Syrk() => La.OuterGram(_a);
    [Benchmark] public ThinSvd Svd() => La.Svd(_a);
    [Benchmark] public SymmetricEigen Eigen() => La.Eigen(_spd);
    [Benchmark] public Matrix<double> Cholesky() => La.Cholesky(_spd);
}
