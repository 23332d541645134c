using RobustMem.Data.Files;

namespace RobustMem.Data;

/// <summary>
/// One paper's experimental setting by name (<c>--setting</c>): the input law, the weight scale, the labels and the noise
/// as that paper draws them, so that a number can be set beside the paper's figure.
/// </summary>
/// <remarks>
/// A preset, not a lock: a flag given beside <c>--setting</c> is the user's choice and wins, and the JSON records what ran.
/// On a file (<c>--law file:</c>) only the sharper laws have a real-data setting: z = pixels/255 for IDX (a CSV's numbers
/// as they stand), W ~ N(0, I/d) on z, labels ±1 of two classes with no noise, x₀ a held-out row (THEORY.md §5.3).
/// </remarks>
/// <param name="Name">The command-line name.</param>
/// <param name="Paper">Who, where: for help texts and summaries.</param>
/// <param name="Law">The synthetic law, used when no <c>--law</c> is given.</param>
/// <param name="SyntheticWeightsSd">The weight rows' standard deviation in the harness's unit on that law (null: 1/√d).</param>
/// <param name="Target">The labels on that law.</param>
/// <param name="Noise">σ on that law.</param>
/// <param name="OnFiles">Whether the paper has a real-data setting; a file's law under one that has none is refused.</param>
internal sealed record PaperSetting(string Name, string Paper, InputLaw Law, double? SyntheticWeightsSd, LabelTarget Target, double Noise, bool OnFiles)
{
    /// <summary>Dohmatob 2021 (arXiv:2106.02630): the sphere, W rows N(0, I/d), y = ⟨w*, x⟩ + σξ with σ = 1; the harness's defaults.</summary>
    public static readonly PaperSetting Dohmatob2021 = new("dohmatob2021", "Dohmatob 2021, arXiv:2106.02630", InputLaw.Sphere, null, LabelTarget.Linear, 1, OnFiles: false);

    /// <summary>
    /// Bombari, Kiyani &amp; Mondelli 2023 (arXiv:2302.01629): gaussian inputs, W rows N(0, I_d) on x ~ N(0, I/d) (their
    /// W ~ N(0, I/d) on z ~ N(0, I)), pure-noise labels Y ~ N(0, 1); on a file their real-data setting.
    /// </summary>
    public static readonly PaperSetting Bombari2023 = new("bombari2023", "Bombari, Kiyani & Mondelli 2023, arXiv:2302.01629", InputLaw.Gaussian, 1, LabelTarget.None, 1, OnFiles: true);

    private static readonly NamedRegistry<PaperSetting> Settings = new("setting", [Dohmatob2021, Bombari2023], s => s.Name, "setting");

    /// <summary>The names, comma-separated.</summary>
    public static string Names => Settings.Names;

    /// <summary>The setting of that name, case-insensitive; the message lists the known ones.</summary>
    public static PaperSetting Parse(string name) => Settings.Parse(name);

    /// <summary>The weight scale on <paramref name="law"/>: on a file, W ~ N(0, I/d) on z is 1/(c√d) in the harness's unit (<see cref="FileLaw.PaperWeightsSd"/>).</summary>
    public double? WeightsSdOn(InputLaw law) => law is FileLaw file ? Checked(file).PaperWeightsSd : SyntheticWeightsSd;

    /// <summary>The labels on <paramref name="law"/>: a file's classes when it has them, else the synthetic target.</summary>
    public LabelTarget TargetOn(InputLaw law) => law is FileLaw { HasClasses: true } file && Checked(file) is not null ? LabelTarget.Classes : Target;

    /// <summary>σ on <paramref name="law"/>: 0 on a file's classes (their labels are the classes), else the synthetic σ.</summary>
    public double NoiseOn(InputLaw law) => TargetOn(law) == LabelTarget.Classes ? 0 : Noise;

    public override string ToString() => Name;

    private FileLaw Checked(FileLaw file) => OnFiles ? file
        : throw new ArgumentException($"--setting {Name} has no real-data setting ({Paper} draws its inputs from the sphere); drop --law {file.Name} or use --setting {Bombari2023.Name}.");
}
