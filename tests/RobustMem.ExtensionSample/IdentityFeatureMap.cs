using MathNet.Numerics.LinearAlgebra;
using RobustMem.Features;

namespace RobustMem.ExtensionSample;

/// <summary>Φ(x) = x: the features of the linear model, with J(x) = I, so ∇f_v = v at every point and C = I.</summary>
public sealed class IdentityFeatureMap(int d) : IFeatureMap
{
    public int InputDimension => d;
    public int Dimension => d;

    public Matrix<double> Features(Matrix<double> x) => x.Clone();

    public Matrix<double> Gradients(Matrix<double> x, Vector<double> v) => Matrix<double>.Build.Dense(x.RowCount, d, (_, l) => v[l]);

    // Row (point p, coordinate l) is column l of J(x_p) = I, i.e. e_l.
    public Matrix<double> StackedJacobians(Matrix<double> x) => Matrix<double>.Build.Dense(x.RowCount * d, d, (row, j) => row % d == j ? 1 : 0);
}
