using MathNet.Numerics.LinearAlgebra;

namespace RobustMem.Data.Files;

/// <summary>
/// The law of a file's points, <c>--law file:PATH</c>: its rows in the harness's unit (<see cref="FileLawScaling"/>: IDX
/// pixels / 255, then one factor so that the mean ‖x‖² over the rows is 1), split once into training rows and held-out
/// rows. The training set is n distinct training rows drawn by the seed; every fresh point (test points, Monte Carlo
/// points, the sensitivity point x₀) is a held-out row drawn uniformly, with replacement.
/// </summary>
/// <remarks>
/// THEORY.md §5.3. Every fifth row (rows 5, 10, … of the law, in file order, after the class filter) is held out, whatever
/// the seed: a file sorted by class still holds out both classes, and no seed ever trains on a point it is tested on.
/// Fresh points are i.i.d. draws from the held-out rows' empirical law, so S's standard error is the usual one for that
/// law, and more test points than held-out rows repeat rows rather than invent points.
/// </remarks>
internal sealed class FileLaw : InputLaw
{
    /// <summary>The prefix of a file law's name on the command line.</summary>
    public const string Scheme = "file:";

    /// <summary>One row in this many is held out.</summary>
    public const int HeldOutEvery = 5;

    private readonly PointRows _rows;
    private readonly int[] _training, _heldOut;
    private readonly double[]? _labels;
    private readonly double _divisor;

    private FileLaw(string name, PointRows rows, double[]? labels, double divisor, double factor)
    {
        Name = name;
        _rows = rows;
        _labels = labels;
        _divisor = divisor;
        Factor = factor;
        bool HeldOut(int i) => i % HeldOutEvery == HeldOutEvery - 1;
        var all = Enumerable.Range(0, rows.Count).ToArray();
        _training = [.. all.Where(i => !HeldOut(i))];
        _heldOut = [.. all.Where(HeldOut)];
    }

    /// <summary>Reads <paramref name="spec"/> (what follows <c>file:</c>, see <see cref="PointFileReader"/>), keeps the points of <paramref name="classes"/> when given, labelled ±1, and scales them.</summary>
    public static FileLaw Read(string spec, ClassPair? classes)
    {
        var file = PointFileReader.Read(spec, labelled: classes is not null, keep: classes);
        double[]? labels = classes is { } pair ? file.Labels(pair) : null;
        string name = $"{Scheme}{Path.GetFileName(spec.Split(',')[0])}" + (classes is { } c ? $"#{c.Positive}vs{c.Negative}" : "");
        string rows = classes is { } kept ? $"{file.Count} rows of classes {kept}" : $"{file.Count} rows";
        if (file.Count < HeldOutEvery)
            throw new ArgumentException($"{name}: {rows}; at least {HeldOutEvery} are needed (one row in {HeldOutEvery} is held out for the test points).");
        var (divisor, factor) = FileLawScaling.Scale(file);
        return new FileLaw(name, file.Rows, labels, divisor, factor);
    }

    /// <summary><c>file:</c> and the file's name, then <c>#AvsB</c> with classes: what the outputs' "law" says.</summary>
    public override string Name { get; }

    public override bool IsRotationInvariant => false;

    public override int? Dimension => D;

    public int D => _rows.D;

    /// <summary>The factor c applied after the pixel scaling (<see cref="FileLawScaling"/>): S in the file's unit is c times S here.</summary>
    public double Factor { get; }

    /// <summary>What S is multiplied by to be in the sharper laws' unit, √d·‖∇_z f(z₀)‖ (z = pixels/255, a CSV's numbers): √d·c.</summary>
    /// <remarks>Their code (Bombari et al. 2023, main.py) reports S = √d·‖∇_z f‖; x = c·z gives ∇_z f = c·∇ₓf (THEORY.md §5.3).</remarks>
    public double PaperUnit => Math.Sqrt(D) * Factor;

    /// <summary>The <c>--weights-sd</c> that is their W ~ N(0, I/d) on z: Wx = (cW)z, so 1/(c√d).</summary>
    public double PaperWeightsSd => 1 / (Factor * Math.Sqrt(D));

    /// <summary>Whether the rows carry ±1 classes (<c>--classes</c>), the labels of <see cref="LabelTarget.Classes"/>.</summary>
    public bool HasClasses => _labels is not null;

    /// <summary>All rows kept (the two classes' with <c>--classes</c>), training and held-out.</summary>
    public int RowCount => _rows.Count;

    /// <summary>The rows a training set is drawn from, scaled (each copied into doubles when read).</summary>
    public IReadOnlyList<IReadOnlyList<double>> TrainingRows => new ScaledRows(this, _training);

    /// <summary>The rows every fresh point is drawn from, scaled (each copied into doubles when read).</summary>
    public IReadOnlyList<IReadOnlyList<double>> HeldOutRows => new ScaledRows(this, _heldOut);

    /// <summary>One held-out row, uniformly: the law's fresh point.</summary>
    public override void Fill(double[] row, Rng rng)
    {
        CheckDimension(row.Length);
        int r = _heldOut[Pick(rng, _heldOut.Length)];
        for (int l = 0; l < row.Length; l++) row[l] = Scaled(r, l);
    }

    /// <summary>m held-out rows drawn as <see cref="Fill"/> draws them, with their classes.</summary>
    public override DrawnPoints DrawFresh(int m, int d, Rng rng)
    {
        CheckDimension(d);
        var rows = Enumerable.Range(0, m).Select(_ => Pick(rng, _heldOut.Length)).ToArray();
        return Points(_heldOut, rows);
    }

    /// <summary>n distinct training rows, by a partial Fisher–Yates shuffle of the training rows' indices.</summary>
    public override DrawnPoints DrawTraining(int n, int d, Rng rng)
    {
        CheckDraw(n, d, LabelTarget.None);
        var order = Enumerable.Range(0, _training.Length).ToArray();
        for (int i = 0; i < n; i++)
        {
            int j = i + Pick(rng, order.Length - i);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return Points(_training, order[..n]);
    }

    public override void CheckDraw(int n, int d, LabelTarget target)
    {
        CheckDimension(d);
        if (n > _training.Length)
            throw new ArgumentOutOfRangeException("n", n, $"--n {n}: {Name} has {_training.Length} training rows ({_training.Length + _heldOut.Length} rows, {_heldOut.Length} held out); reduce n.");
        if (target == LabelTarget.Classes && !HasClasses)
            throw new ArgumentException($"target classes needs the file's classes: give --classes a,b with --law {Scheme}PATH.");
    }

    /// <summary>A file promises no moments beyond E‖x‖² = 1 over its rows: it is not an isotropic law.</summary>
    public override LawMoments Moments(int d) => throw new NotSupportedException($"{Name} is a file's points, not an isotropic law: it has no moments to check.");

    private void CheckDimension(int d)
    {
        if (d != D) throw new ArgumentOutOfRangeException("d", d, $"--d {d}: {Name} has points of dimension {D}; drop --d or pass {D}.");
    }

    // Uniform on 0..count−1 from one draw of the stream; NextDouble < 1, so never count.
    private static int Pick(Rng rng, int count) => (int)(rng.NextDouble() * count);

    // x = (stored / divisor)·c, in the order FileLawScaling always computed it: the same doubles as when rows were held scaled.
    private double Scaled(int row, int column) => _rows[row, column] / _divisor * Factor;

    private DrawnPoints Points(int[] rows, int[] chosen) =>
        new(Matrix<double>.Build.Dense(chosen.Length, D, (i, l) => Scaled(rows[chosen[i]], l)),
            _labels is null ? null : Vector<double>.Build.Dense(chosen.Length, i => _labels[rows[chosen[i]]]));

    private sealed class ScaledRows(FileLaw law, int[] rows) : IReadOnlyList<IReadOnlyList<double>>
    {
        public IReadOnlyList<double> this[int index] => Enumerable.Range(0, law.D).Select(l => law.Scaled(rows[index], l)).ToArray();

        public int Count => rows.Length;

        public IEnumerator<IReadOnlyList<double>> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
