using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Experiments;
using RobustMem.Kernels;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>The infinite-width limit of first-layer NTK features, K_NTK(x, x′) = ⟨x, x′⟩E_w[σ′(w·x)σ′(w·x′)]: claim I-NTK.</summary>
internal sealed class NeuralTangentKernelModel : KernelModel
{
    public override string Name => "ntk-kernel";
    public override Claim Claim => Claim.InfiniteNeuralTangent;

    public override (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d) => LeadingOrder.NeuralTangentTaylor(sigma, d);

    public override IKernel Kernel(Regime regime, ILinearAlgebra la) => KernelLimit.NeuralTangent(regime.Sigma, regime.D, regime.WeightsSd, la);
}
