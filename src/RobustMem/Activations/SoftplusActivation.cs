namespace RobustMem.Activations;

/// <summary>σ(z) = log(1 + eᶻ), σ′ the logistic function, σ″ = σ′(1 − σ′); μ₁ = E[σ′(g)] = 1/2 by symmetry of the logistic.</summary>
internal sealed class SoftplusActivation : Activation
{
    public override string Name => "softplus";
    public override double Lipschitz => 1; // the logistic σ′ tends to 1 and never exceeds it

    // log(1 + eᶻ) = max(z, 0) + log1p(e^{−|z|}): no overflow for large z and no loss of digits for very negative z.
    public override double Value(double z) => Math.Max(z, 0) + LogOnePlus(Math.Exp(-Math.Abs(z)));

    public override double First(double z) => Logistic(z);

    public override double Second(double z) { double p = Logistic(z); return p * (1 - p); }

    // e^{−|z|} ≤ 1, so neither branch overflows.
    private static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    // log(1 + u) accurate for small u (u = e^{−|z|} ∈ (0, 1]): the classic correction log(1+u)·u/((1+u)−1).
    private static double LogOnePlus(double u)
    {
        double w = 1 + u;
        return w == 1 ? u : Math.Log(w) * u / (w - 1);
    }
}
