using System.Globalization;

namespace RobustMem.Data.Files;

/// <summary>The two classes of <c>--classes a,b</c>: points of class a are labelled +1, points of class b −1.</summary>
/// <remarks>Bombari, Kiyani &amp; Mondelli's real-data setting is MNIST and CIFAR-10, classes 0 against 1.</remarks>
internal readonly record struct ClassPair(int Positive, int Negative)
{
    /// <summary>"a,b" with two different integers; the message says what was expected.</summary>
    public static ClassPair Parse(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2 && Integer(parts[0]) is { } a && Integer(parts[1]) is { } b)
            return a != b ? new ClassPair(a, b) : throw new ArgumentException($"--classes {text}: the two classes must differ.");
        throw new ArgumentException($"--classes '{text}': expected two integer classes a,b (a labelled +1, b −1), e.g. 0,1.");
    }

    /// <summary>As the command line spells it: "a,b".</summary>
    public override string ToString() => $"{Positive},{Negative}";

    private static int? Integer(string text) =>
        int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value : null;
}
