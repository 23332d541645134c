using System.Text.Json;
using RobustMem.Checkout;

namespace RobustMem.Tests.Cli;

/// <summary>
/// <c>measure</c> on Debian's Fashion-MNIST as installed (<c>dataset-fashion-mnist</c>, gzip IDX, read directly), classes 0
/// against 1, in the sharper laws' real-data setting: skipped, visibly, where the package is missing (failed under CI=true).
/// </summary>
public sealed class FashionMnistCommandTests
{
    [Fact]
    public void Measure_OnClasses0And1_OfTheGzipFiles_GivesSInTheHarnessAndThePapersUnit()
    {
        string law = $"file:{FashionMnist.Required()}";
        var run = InProcessCli.Run("measure", "--setting", "bombari2023", "--law", law, "--classes", "0,1", "--activation", "tanh", "--n", "32", "--k", "64", "--test-points", "2");
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(("file:train-images-idx3-ubyte.gz#0vs1", 784, "classes", 0.0),
            (json.GetProperty("law").GetString(), json.GetProperty("d").GetInt32(), json.GetProperty("target").GetString(), json.GetProperty("noise").GetDouble()));
        // W ~ N(0, I/d) on z = pixels/255 is --weights-sd 1/(c√d) here (0.445 on these rows, c = 1/√(mean ‖z‖²));
        // S_paper = √d·c·S = S / weights_sd.
        double sd = json.GetProperty("weights_sd").GetDouble(), s = json.GetProperty("sensitivity").GetDouble();
        Assert.InRange(sd, 0.40, 0.50);
        Assert.Equal(s / sd, json.GetProperty("sensitivity_paper").GetDouble(), 1e-9 * s / sd);
    }
}
