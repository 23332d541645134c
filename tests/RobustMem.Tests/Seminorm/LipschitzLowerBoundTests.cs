using MathNet.Numerics.LinearAlgebra;
using RobustMem.Data;
using RobustMem.Seminorm;
using RobustMem.Tests.Support;

namespace RobustMem.Tests.Seminorm;

/// <summary>Sensitivity and the Lipschitz lower estimate on functions whose gradient norms and Lipschitz constants are known.</summary>
public sealed class LipschitzLowerBoundTests
{
    private const int D = 10;

    // f(x) = sin⟨a, x⟩: ∇f = cos⟨a, x⟩ a, Lip(f) = ‖a‖, attained on the sphere where ⟨a, x⟩ = 0.
    private static (Func<Matrix<double>, Matrix<double>> Gradients, Vector<double> A) Sine(double norm)
    {
        var a = Draw.Gaussian(D, 7);
        a *= norm / a.L2Norm();
        return (x =>
        {
            var g = Matrix<double>.Build.Dense(x.RowCount, D);
            for (int i = 0; i < x.RowCount; i++) g.SetRow(i, Math.Cos(x.Row(i).DotProduct(a)) * a);
            return g;
        }, a);
    }

    [Fact]
    public void Sensitivity_IsTheGradientNormAtThePoint()
    {
        var (gradients, a) = Sine(3);
        var x0 = Draw.TestPoints(InputLaw.Gaussian, 1, D, 1).Row(0);
        Assert.Equal(Math.Abs(Math.Cos(x0.DotProduct(a))) * 3, Sensitivity.At(gradients, x0), 14);
    }

    [Fact]
    public void Ascent_ReachesTheLipschitzConstantOfASine_AndNeverExceedsIt()
    {
        var (gradients, _) = Sine(3);
        // Ten points on the unit sphere with ⟨a, x⟩ far from 0, so that the test points' maximum is well below ‖a‖ = 3.
        var points = Draw.TestPoints(InputLaw.Sphere, 10, D, 2);
        var estimate = LipschitzLowerBound.Estimate(gradients, points, radius: 1);
        Assert.True(estimate.StartValue < 2.99, $"start {estimate.StartValue}");
        Assert.InRange(estimate.Value, 3 * (1 - 1e-6), 3 * (1 + 1e-12));
        Assert.Equal(1, estimate.Point.L2Norm(), 12);
        Assert.True(estimate.AcceptedSteps > 0);
    }

    [Fact]
    public void Ascent_FindsTheTopEigenvalueOfAQuadratic()
    {
        // f(x) = ½xᵀAx: ‖∇f‖ = ‖Ax‖, whose maximum on the sphere of radius r is r·|λ|_max.
        var m = Draw.GaussianMatrix(D, D, 3);
        var a = (m + m.Transpose()) / 2;
        double top = a.Evd().EigenValues.Select(e => Math.Abs(e.Real)).Max();
        var points = Draw.TestPoints(InputLaw.Gaussian, 5, D, 4);
        double r = points.Row(0).L2Norm();
        var estimate = LipschitzLowerBound.Estimate(x => x * a, points, r, steps: 60);
        double ratio = estimate.Value / (r * top);
        Assert.True(ratio > 1 - 1e-4 && ratio < 1 + 1e-12, $"ratio {ratio:R}, start {estimate.StartValue / (r * top):R}, {estimate.AcceptedSteps} steps, ‖x‖ {estimate.Point.L2Norm() / r:R}, direct {(a * estimate.Point).L2Norm() / (r * top):R}");
    }

    [Fact]
    public void Estimate_IsNeverBelowTheTestPointsMaximum_AndDeterministic()
    {
        // A linear f has a constant gradient: no ascent direction, so the estimate is the start exactly.
        var w = Draw.Gaussian(D, 5);
        Func<Matrix<double>, Matrix<double>> constant = x => Matrix<double>.Build.Dense(x.RowCount, D, (_, l) => w[l]);
        var points = Draw.TestPoints(InputLaw.Cube, 6, D, 6);
        var flat = LipschitzLowerBound.Estimate(constant, points, 1);
        Assert.Equal(w.L2Norm(), flat.Value, 14);
        Assert.Equal(flat.StartValue, flat.Value);

        var (gradients, _) = Sine(3);
        var once = LipschitzLowerBound.Estimate(gradients, points, 1.3, steps: 5);
        var again = LipschitzLowerBound.Estimate(gradients, points, 1.3, steps: 5);
        Assert.True(once.Value >= once.StartValue);
        Assert.Equal(once.Value, again.Value);
        Assert.Equal(once.Point, again.Point);
        Assert.Equal(once.StartValue, LipschitzLowerBound.Estimate(gradients, points, 1.3, steps: 0).Value);
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        var (gradients, _) = Sine(1);
        Assert.Throws<ArgumentException>(() => LipschitzLowerBound.Estimate(gradients, Matrix<double>.Build.Dense(0, D), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzLowerBound.Estimate(gradients, Matrix<double>.Build.Dense(2, D), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LipschitzLowerBound.Estimate(gradients, Matrix<double>.Build.Dense(2, D), 1, steps: -1));
    }
}
