using System.Diagnostics;

namespace RobustMem.Cli.Figures;

/// <summary>
/// Progress inside one slow point (a paper-size fit takes seconds to minutes): from <see cref="Quiet"/> on, every
/// <see cref="Every"/>, it passes "label: 40% (12 s)" to the display, or "label: running (12 s)" on a route that reports
/// no fraction (a quadrature kernel's fit), so a long point is never silent; fast points say nothing.
/// </summary>
/// <remarks>A timer, not the reports, drives the lines: a route may report rarely or only at its end. No line after <see cref="Dispose"/> returns.</remarks>
internal sealed class LongPointProgress : IProgress<double>, IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly string _label;
    private readonly Action<string> _show;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private double _fraction = double.NaN;
    private bool _disposed;

    public LongPointProgress(string label, Action<string> show) : this(label, show, Quiet, Every)
    {
    }

    /// <summary>With other intervals: the tests' milliseconds.</summary>
    internal LongPointProgress(string label, Action<string> show, TimeSpan quiet, TimeSpan every)
    {
        _label = label;
        _show = show;
        _timer = new Timer(_ => Tick(), null, quiet, every);
    }

    public void Report(double value) => Volatile.Write(ref _fraction, value);

    // Timer.Dispose does not wait for a tick already running: the gate keeps a late tick from writing after the point
    // ended, at the same time as the caller's next line (a TextWriter is not thread-safe).
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_disposed) return;
            double fraction = Volatile.Read(ref _fraction);
            string done = double.IsNaN(fraction) ? "running" : $"{fraction:P0}";
            _show($"{_label}: {done} ({_clock.Elapsed.TotalSeconds:F0} s)");
        }
    }
}
