using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>The infinite-width limit of random features, K_RF(x, x′) = E_w[σ(w·x)σ(w·x′)]: claim I-RF.</summary>
internal sealed class RandomFeatureKernelModel : KernelModel
{
    public override string Name => "rf-kernel";
    public override Claim Claim => Claim.InfiniteRandomFeatures;

    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => LeadingOrder.RandomFeatureTaylor(sigma, d);

    public override IKernel Kernel(Regime regime, ILinearAlgebra la) => KernelLimit.RandomFeature(regime.Sigma, regime.D, regime.WeightsSd, la);
}
