using System.CommandLine;
using RobustMem.Data;
using RobustMem.Data.Files;

namespace RobustMem.Cli.Commands;

/// <summary>
/// <c>--law</c>, <c>--classes</c> and <c>--setting</c>, and what a file's law fixes of <c>--d</c>, <c>--target</c> and
/// <c>--noise</c>: d is the file's, the labels are its classes, and no noise is added unless <c>--noise</c> asks for it.
/// A paper's setting (<see cref="PaperSetting"/>) presets the law, the target, the noise and the weight scale; a flag
/// given beside it wins.
/// </summary>
/// <remarks>A flag the file contradicts (another d, another target) is refused, never overridden in silence.</remarks>
internal sealed class LawArguments
{
    public Option<string> Law { get; } = new("--law")
    {
        Description = $"{InputLawRegistry.Names} or {FileLaw.Scheme}PATH: a CSV (one row per point; with --classes its first column is the class) "
            + "or IDX images (file:IMAGES,LABELS for their labels); IDX pixels are divided by 255, then one factor makes the mean ‖x‖² "
            + $"over the rows 1; one row in {FileLaw.HeldOutEvery} is held out and gives x₀, the test and the Monte Carlo points (drawn with replacement)",
        DefaultValueFactory = _ => "sphere",
    };

    public Option<string?> Classes { get; } = new("--classes")
    {
        Description = "a,b: a file's two classes, labelled +1 and −1; the labels are then the file's (target classes), with σ = 0 unless --noise is given",
    };

    public Option<string?> Setting { get; } = new("--setting")
    {
        Description = $"{PaperSetting.Names}: a paper's setting, presetting --law, --target, --noise and --weights-sd (a flag given beside it wins). "
            + "dohmatob2021: sphere, W rows N(0, I/d), y = ⟨w*, x⟩ + σξ, σ = 1 (the defaults); bombari2023: gaussian, W rows N(0, I_d), y = σξ, σ = 1, "
            + "and on a file theirs exactly: z = pixels/255 (a CSV's numbers), W ~ N(0, I/d) on z, the classes ±1, σ = 0",
    };

    /// <summary>The law, the d, target and noise the run uses, and the paper's setting when one is named.</summary>
    public (InputLaw Law, int D, LabelTarget Target, double Noise, PaperSetting? Setting) Resolve(ParseResult parse, Option<int> d, Option<string> target, Option<double> noise)
    {
        var setting = parse.GetValue(Setting) is { } name ? PaperSetting.Parse(name) : null;
        var classes = parse.GetValue(Classes) is { } text ? ClassPair.Parse(text) : (ClassPair?)null;
        var law = !Given(parse, Law) && setting is not null
            ? (classes is { } pair0 ? throw new ArgumentException($"--classes {pair0} needs --law {FileLaw.Scheme}PATH; --setting {setting} alone draws from the {setting.Law.Name} law.") : setting.Law)
            : InputLawRegistry.Parse(parse.GetValue(Law)!, classes);
        // A file's d unless --d is given; another d than the file's is then refused by the regime's check (FileLaw.CheckDraw).
        int dimension = Given(parse, d) ? parse.GetValue(d) : law.Dimension ?? parse.GetValue(d);
        var labels = Given(parse, target) || setting is null ? LabelTargets.Parse(parse.GetValue(target)!) : setting.TargetOn(law);
        double sigma = Given(parse, noise) || setting is null ? parse.GetValue(noise) : setting.NoiseOn(law);
        if (classes is { } pair)
        {
            if (Given(parse, target) && labels != LabelTarget.Classes)
                throw new ArgumentException($"--target {LabelTargets.Name(labels)} contradicts --classes {pair}: the labels are the file's classes; drop --target, or --classes to label the file's points by --target.");
            labels = LabelTarget.Classes;
            // Real data's labels are the classes themselves (Bombari et al.): σ = 0 unless asked for.
            if (!Given(parse, noise)) sigma = 0;
        }
        return (law, dimension, labels, sigma, setting);
    }

    /// <summary>--weights-sd when given (<paramref name="given"/>), else the setting's on <paramref name="law"/>, else null (1/√d).</summary>
    public static double? WeightsSd(double? given, PaperSetting? setting, InputLaw law) => given ?? setting?.WeightsSdOn(law);

    /// <summary>The one line that says fresh points repeat held-out rows, when there are more of them than rows; else null.</summary>
    public static string? ResamplingNotice(InputLaw law, int testPoints) =>
        law is FileLaw file && testPoints > file.HeldOutRows.Count
            ? $"note: the {testPoints} test and Monte Carlo points are drawn with replacement from {file.Name}'s {file.HeldOutRows.Count} held-out row{(file.HeldOutRows.Count == 1 ? "" : "s")}."
            : null;

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
