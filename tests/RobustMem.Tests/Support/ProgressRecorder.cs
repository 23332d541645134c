namespace RobustMem.Tests.Support;

/// <summary>Records every progress report in order; synchronous, unlike Progress&lt;T&gt;, which posts to the thread pool.</summary>
internal sealed class ProgressRecorder : IProgress<double>
{
    public List<double> Seen { get; } = [];

    public void Report(double value) => Seen.Add(value);
}
