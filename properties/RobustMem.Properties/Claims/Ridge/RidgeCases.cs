using RobustMem.Models;

namespace RobustMem.Properties;

public static partial class ClaimCases
{
    /// <summary>Claim R: the ridge path obeys the bound while it memorizes.</summary>
    public static class Ridge
    {
        public static ClaimCase RidgePath_ObeysTheBoundWhileItMemorizes { get; } = Along(nameof(RidgePath_ObeysTheBoundWhileItMemorizes), fast: false);
        public static ClaimCase RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes { get; } = Along(nameof(RidgePath_ObeysTheBoundWhileItMemorizes_SmallRegimes), fast: true);
        public static ClaimCase NoRidge_KeepsMemorizing { get; } = Along(nameof(NoRidge_KeepsMemorizing), fast: true, Control.NoRidge);
        public static ClaimCase ZeroModel_IsNotARidgePath { get; } = Along(nameof(ZeroModel_IsNotARidgePath), fast: true, Control.ZeroModel);
        public static ClaimCase ConstantRidge_NeverMemorizes { get; } = Along(nameof(ConstantRidge_NeverMemorizes), fast: true, Control.ConstantRidge);

        private static ClaimCase Along(string property, bool fast, Control? control = null) =>
            Case(Claim.Ridge, property, Family(fast), (r, c) => RidgeCheck.Evaluate(r, c), control);

        /// <summary>
        /// Claim R: relu/abs RF (finite, exact C; claim II's small family) and the relu/abs RF kernel (claim I's small family).
        /// λ is not drawn here: <see cref="RidgeCheck"/> places it across the regime's own Gram spectrum, which only the data
        /// fix. The old draw λ ∈ {1, 10, 100}·κ(1) sat above every eigenvalue (f ≈ 0); it is now the ConstantRidge control.
        /// </summary>
        public static RegimeFamily Family(bool fast)
        {
            var finite = FiniteRandomFeatures.Family(fast: true);
            var kernel = InfiniteRandomFeatures.InfiniteWidth(Model.RandomFeatureKernel, fast: true);
            return new($"ridge path (claim R{(fast ? ", fast" : "")})",
                fast ? finite.Generator : Gen.OneOf(finite.Generator, kernel.Generator),
                r => finite.IsValid(r) || kernel.IsValid(r));
        }
    }
}
