using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.LinearAlgebra;

namespace RobustMem.Benchmarks;

/// <summary>The core dense operations, managed (baseline) against OpenBLAS, at the sizes the claims use.</summary>
[MemoryDiagnoser]
public class LinearAlgebraBenchmarks
{
    private Matrix<double> _a = null!, _b = null!, _spd = null!, _square = null!;
    private Vector<double> _y = null!;

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
        // The interpolation threshold n = m, where min-norm cannot take the Gram route: dgelsd against the QR route.
        _square = Matrix<double>.Build.Dense(Size, Size, (_, _) => rng.NextGaussian());
        _y = Vector<double>.Build.Dense(Size, _ => rng.NextGaussian());
    }

    [Benchmark] public Matrix<double> Gemm() => La.Multiply(_a, false, _b, false);
    [Benchmark] public Matrix<double> Syrk() => La.OuterGram(_a);
    [Benchmark] public ThinSvd Svd() => La.Svd(_a);
    [Benchmark] public SymmetricEigen Eigen() => La.Eigen(_spd);
    [Benchmark] public Matrix<double> Cholesky() => La.Cholesky(_spd);
    [Benchmark] public LeastSquares SquareMinNormLeastSquares() => La.MinNormLeastSquares(_square, _y, Size * 2.2e-16);
    [Benchmark] public FullRankLeastSquares? SquareQrLeastSquares() => La.QrLeastSquares(_square, _y);
}
