using RobustMem.Kernels;

namespace RobustMem.Tests.Support;

/// <summary>Control: a kernel that keeps K but drops ∂K/∂‖x′‖², the norm term a pure dot-product gradient would miss.</summary>
internal sealed class NormTermDroppedKernel(InnerProductKernel inner, int d) : InnerProductKernel(d, null)
{
    public override string Name => inner.Name + " (no norm term)";
    protected internal override double Value(double a, double b, double c) => inner.Value(a, b, c);
    protected internal override (double dc, double db) Partials(double a, double b, double c) => (inner.Partials(a, b, c).dc, 0);
}
