using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Fit;

/// <summary>Dual coefficients α of f(x) = Σ α_i K(x_i, x), with the solver's report.</summary>
internal sealed record KernelFit(Vector<double> Alpha, FitReport Report, double Ridge);
