using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Fitted coefficients v of a model linear in its features, with the solver's report.</summary>
internal sealed record LinearFit(Vector<double> Coefficients, FitReport Report, double Ridge);
