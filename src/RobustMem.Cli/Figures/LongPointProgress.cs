using System.Diagnostics;

namespace RobustMem.Cli.Figures;

/// <summary>
/// Progress inside one slow point (a paper-size fit takes tens of seconds): after <see cref="Quiet"/> it passes
/// "label: 40% (12 s)" to the display every <see cref="Every"/>, so a long point is never silent; fast points say nothing.
/// </summary>
internal sealed class LongPointProgress(string label, Action<string> show) : IProgress<double>
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = -Every;

    public void Report(double value)
    {
        var now = _clock.Elapsed;
        if (now < Quiet || now - _last < Every) return;
        _last = now;
        show($"{label}: {value:P0} ({now.TotalSeconds:F0} s)");
    }
}
