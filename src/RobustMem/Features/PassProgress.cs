namespace RobustMem.Features;

/// <summary>
/// A progress sink over several passes over W: told each pass's own fraction (as <see cref="StreamingRandomFeatures.Progress"/>
/// reports it), it tells <c>outer</c> the fraction of W's rows done over all passes, so a progress line never runs backwards.
/// </summary>
internal sealed class PassProgress(IProgress<double>? outer, int passes) : IProgress<double>
{
    private int _pass;

    /// <summary>The next reports belong to the next pass.</summary>
    public void NextPass() => _pass = Math.Min(_pass + 1, passes - 1);

    /// <summary>Every pass is done (also when the route stops early, e.g. on an ill-posed Gram).</summary>
    public void Done() => outer?.Report(1);

    public void Report(double value) => outer?.Report((_pass + Math.Clamp(value, 0, 1)) / passes);
}
