using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Seminorm;

/// <summary>
/// <c>lipschitz_lower</c>: the largest ‖∇f‖ over given test points, then raised by projected gradient ascent of
/// ‖∇f(x)‖² on the sphere ‖x‖ = r (r = ‖x₀‖, the law's typical radius), a fixed number of deterministic steps.
/// </summary>
/// <remarks>
/// The universal law (Bubeck &amp; Sellke 2021) bounds Lip(f) = sup ‖∇f‖, not an average gradient, so the estimate searches
/// for a large gradient instead of sampling one. The ascent direction is the tangential part of ∇‖∇f‖² = 2 H∇f, with
/// H∇f = ‖∇f‖·H u (u = ∇f/‖∇f‖) from a central difference of ∇f along u: two gradient calls, no Hessian. A step
/// rotates x on the sphere by an angle θ towards that direction and is kept only if ‖∇f‖ grows (θ doubles, up to π/2),
/// else θ halves, at most <see cref="Halvings"/> times before the ascent stops. Every value reported was evaluated, so
/// it is a certified lower bound on Lip(f) for the fitted f, and never below the test points' maximum.
/// </remarks>
internal static class LipschitzLowerBound
{
    /// <summary>Ascent steps taken by default: each costs two gradients for the direction and one or more for the line search.</summary>
    public const int DefaultSteps = 20;

    /// <summary>First rotation angle (radians).</summary>
    public const double InitialAngle = 0.25;

    /// <summary>Line-search halvings before a step is given up: θ down to 0.25/2⁸ ≈ 1e-3 rad.</summary>
    public const int Halvings = 8;

    /// <summary>Central-difference step along u, relative to r.</summary>
    public const double RelativeStep = 1e-5;

    /// <param name="gradients">∇f at each row, as <c>FittedExperiment.Gradients</c>.</param>
    /// <param name="testPoints">M×d points of the law; the ascent starts at the one with the largest ‖∇f‖.</param>
    /// <param name="radius">r, the radius of the sphere searched (‖x₀‖ for the measurement's fresh point).</param>
    /// <param name="steps">Ascent steps; 0 returns the test points' maximum.</param>
    public static LipschitzEstimate Estimate(Func<Matrix<double>, Matrix<double>> gradients, Matrix<double> testPoints, double radius, int steps = DefaultSteps)
    {
        ArgumentNullException.ThrowIfNull(gradients);
        Preconditions.CheckAllFinite(testPoints, nameof(testPoints));
        if (testPoints.RowCount == 0) throw new ArgumentException("at least one test point is needed.", nameof(testPoints));
        Preconditions.CheckRange(radius, double.Epsilon, double.MaxValue, nameof(radius));
        Preconditions.CheckRange(steps, 0, 10_000, nameof(steps));
        var start = Preconditions.CheckAllFinite(gradients(testPoints), "gradients");
        int evaluations = testPoints.RowCount, first = 0;
        double startValue = -1;
        for (int i = 0; i < start.RowCount; i++)
        {
            double norm = start.Row(i).L2Norm();
            if (norm > startValue) (startValue, first) = (norm, i);
        }
        var best = testPoints.Row(first);
        double bestValue = startValue;
        if (steps == 0) return new LipschitzEstimate(startValue, startValue, best, 0, evaluations);

        // The start projected on the sphere; its value may be below the start's, but the best one seen is what is returned.
        double startNorm = best.L2Norm();
        var x = startNorm > 0 ? best * (radius / startNorm) : Vector<double>.Build.Dense(best.Count, l => l == 0 ? radius : 0);
        var gx = Gradient(gradients, x, ref evaluations);
        double current = gx.L2Norm(), angle = InitialAngle;
        if (current > bestValue) (bestValue, best) = (current, x);
        int accepted = 0;
        for (int step = 0; step < steps && current > 0; step++)
        {
            var direction = Tangent(gradients, x, gx / current, radius, ref evaluations);
            if (direction is null) break;
            bool improved = false;
            for (int h = 0; h <= Halvings && !improved; h++, angle /= 2)
            {
                var candidate = x * Math.Cos(angle) + direction * (radius * Math.Sin(angle));
                // Back onto the sphere: near a maximum the tangent is a small difference of large vectors, and its
                // rounding error (not orthogonal to x) would otherwise let ‖x‖, and with it ‖∇f‖, drift upwards.
                candidate *= radius / candidate.L2Norm();
                var gc = Gradient(gradients, candidate, ref evaluations);
                double value = gc.L2Norm();
                if (!(value > current)) continue;
                (x, gx, current, improved) = (candidate, gc, value, true);
                angle = Math.Min(4 * angle, Math.PI / 2); // ×4 here, ÷2 by the loop: a net doubling after a success.
            }
            if (!improved) break;
            accepted++;
            if (current > bestValue) (bestValue, best) = (current, x);
        }
        return new LipschitzEstimate(bestValue, startValue, best, accepted, evaluations);
    }

    // The unit tangent at x along the ascent direction H u, or null when it vanishes (a critical point of ‖∇f‖ on the sphere).
    private static Vector<double>? Tangent(Func<Matrix<double>, Matrix<double>> gradients, Vector<double> x, Vector<double> u, double radius, ref int evaluations)
    {
        double h = RelativeStep * radius;
        var pair = Matrix<double>.Build.DenseOfRowVectors(x + h * u, x - h * u);
        var g = Preconditions.CheckAllFinite(gradients(pair), "gradients");
        evaluations += 2;
        var hu = (g.Row(0) - g.Row(1)) / (2 * h);
        var tangent = hu - x * (hu.DotProduct(x) / (radius * radius));
        double norm = tangent.L2Norm();
        return norm > 1e-12 * hu.L2Norm() && norm > 0 ? tangent / norm : null;
    }

    private static Vector<double> Gradient(Func<Matrix<double>, Matrix<double>> gradients, Vector<double> x, ref int evaluations)
    {
        evaluations++;
        return Preconditions.CheckAllFinite(gradients(Matrix<double>.Build.DenseOfRowVectors(x)), "gradients").Row(0);
    }
}
