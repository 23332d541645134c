namespace RobustMem.Experiments;

/// <summary>The four linearized regimes of the paper.</summary>
public enum ModelKind
{
    /// <summary>Finite random features, claim II.</summary>
    RandomFeatures,
    /// <summary>Finite first-layer neural tangent features, claim III.</summary>
    NeuralTangent,
    /// <summary>Infinite-width random features kernel, claim I-RF.</summary>
    RandomFeatureKernel,
    /// <summary>Infinite-width neural tangent kernel, claim I-NTK.</summary>
    NeuralTangentKernel,
}

/// <summary>Command-line names of <see cref="ModelKind"/>: rf, ntk, rf-kernel, ntk-kernel.</summary>
public static class ModelKindNames
{
    private static readonly (string Name, ModelKind Kind)[] Names =
        [("rf", ModelKind.RandomFeatures), ("ntk", ModelKind.NeuralTangent), ("rf-kernel", ModelKind.RandomFeatureKernel), ("ntk-kernel", ModelKind.NeuralTangentKernel)];

    public static string Name(this ModelKind kind) => Names.First(p => p.Kind == kind).Name;

    public static bool IsKernel(this ModelKind kind) => kind is ModelKind.RandomFeatureKernel or ModelKind.NeuralTangentKernel;

    public static ModelKind Parse(string name) =>
        Names.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (ModelKind?)p.Kind).FirstOrDefault()
        ?? throw new ArgumentException($"unknown model '{name}'; expected one of {string.Join(", ", Names.Select(p => p.Name))}.", nameof(name));
}
