using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Tests.Support;

/// <summary>Central finite differences of a model evaluated on many points at once, and the check that judges them.</summary>
internal static class FiniteDifference
{
    /// <summary>
    /// h = 1e-6 on inputs whose coordinates are O(1/√d): the truncation error h²f‴/6 is ~1e-13 and the
    /// round-off ε|f|/h is ~1e-10 relative, so a correct gradient agrees to ~1e-9.
    /// </summary>
    public const double Step = 1e-6;

    /// <summary>
    /// Relative Frobenius tolerance of <see cref="Accepts"/>: 1e-6, a thousand times the error of a correct
    /// gradient (largest seen over every model, activation and law here: 9.3e-10, rf-kernel abs, Gaussian) and
    /// far below the smallest deliberate error the controls must catch (3.8e-2: the NTK without σ″, or a kernel
    /// without its norm term).
    /// </summary>
    public const double RelTol = 1e-6;

    /// <summary>∂f/∂x_l at each row of x by (f(x + h e_l) − f(x − h e_l))/2h; f maps each row to a value.</summary>
    public static Matrix<double> Gradient(Func<Matrix<double>, Vector<double>> f, Matrix<double> x, double h = Step)
    {
        var g = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount);
        for (int l = 0; l < x.ColumnCount; l++)
        {
            var plus = x.Clone();
            var minus = x.Clone();
            for (int i = 0; i < x.RowCount; i++) { plus[i, l] += h; minus[i, l] -= h; }
            g.SetColumn(l, (f(plus) - f(minus)) / (2 * h));
        }
        return g;
    }

    /// <summary>‖analytic − numeric‖_F / ‖numeric‖_F.</summary>
    public static double RelativeError(Matrix<double> analytic, Matrix<double> numeric) =>
        (analytic - numeric).FrobeniusNorm() / Math.Max(numeric.FrobeniusNorm(), double.Epsilon);

    /// <summary>The gradient check: does the analytic gradient match central differences of f?</summary>
    public static bool Accepts(Matrix<double> analytic, Func<Matrix<double>, Vector<double>> f, Matrix<double> x, out double relativeError)
    {
        relativeError = RelativeError(analytic, Gradient(f, x));
        return relativeError < RelTol;
    }
}
