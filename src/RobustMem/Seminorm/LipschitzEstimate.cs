using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Seminorm;

/// <summary>
/// A lower estimate of Lip(f): <see cref="Value"/> = ‖∇f(<see cref="Point"/>)‖ at a point where f was evaluated, so
/// Lip(f) ≥ Value holds for the fitted f itself. <see cref="StartValue"/> is the largest ‖∇f‖ over the test points, and
/// Value ≥ StartValue always; <see cref="AcceptedSteps"/> of the ascent improved on it.
/// </summary>
internal sealed record LipschitzEstimate(double Value, double StartValue, Vector<double> Point, int AcceptedSteps, int GradientEvaluations);
