using RobustMem.Experiments;

namespace RobustMem.Claims;

/// <summary>A regime in one line, as a failure message shows it: model, activation, law, sizes, noise, ridge, seed.</summary>
internal static class RegimeText
{
    public static string Describe(Regime r) =>
        $"{r.Model.Name} {r.Sigma.Name} {r.Law.Name}, d={r.D}" +
        (r.Model.HasWidth ? $" k={r.K}" : "") +
        $" n={r.N} σ={r.Noise:G3}" + (r.Ridge > 0 ? $" λ={r.Ridge:G3}" : "") + $", seed {r.Seed}";
}
