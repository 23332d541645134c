using System.Collections.Concurrent;
using RobustMem.Cli.Figures;

namespace RobustMem.Tests.Cli;

/// <summary>A slow point is never silent: a line while it runs, with its fraction once a route reports one, and none after it ends.</summary>
public sealed class LongPointProgressTests
{
    [Fact]
    public void SlowPoint_SaysRunning_ThenItsFraction_ThenNothingOnceDisposed()
    {
        var lines = new ConcurrentQueue<string>();
        // No sleep after Dispose: it returns only once no tick can write again.
        var progress = new LongPointProgress("fig/tanh/16/inf/0", lines.Enqueue, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(10));
        SpinWait.SpinUntil(() => !lines.IsEmpty, TimeSpan.FromSeconds(10));
        Assert.StartsWith("fig/tanh/16/inf/0: running (", lines.First());
        progress.Report(0.4);
        SpinWait.SpinUntil(() => lines.Any(l => l.Contains("40")), TimeSpan.FromSeconds(10));
        Assert.Contains(lines, l => l.StartsWith("fig/tanh/16/inf/0: 40", StringComparison.Ordinal));
        progress.Dispose();
        int count = lines.Count;
        Thread.Sleep(100);
        Assert.Equal(count, lines.Count);
    }
}
