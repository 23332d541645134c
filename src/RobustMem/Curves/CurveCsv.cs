using System.Globalization;
using System.Text;

namespace RobustMem.Curves;

/// <summary>The CSV of a figure: one row per (curve, n, seed), numbers in invariant culture with round-trip formatting.</summary>
/// <remarks>
/// "R" gives the shortest string that parses back to the same double, so the same seeds give the same bytes.
/// Ill-posed points leave every figure that depends on the solution empty and say so in <c>ill_posed</c>:
/// they are never written as numbers (THEORY.md §1).
/// </remarks>
public static class CurveCsv
{
    public const string Header = "curve,n,seed,S,S_stderr,S_exact,train_error,test_error,rank,bound,bound_kind,S_star0,ill_posed";

    public static string Format(IEnumerable<Curve> curves)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var curve in curves)
        {
            string kind = curve.Spec.Base.Model.Bound.Ascii;
            foreach (var p in curve.Points)
                text.Append(string.Join(',',
                    curve.Name, Int(p.N), Int(p.Seed),
                    Number(p.Sobolev), Number(p.SobolevStdErr), Number(p.SobolevExact),
                    Number(p.TrainError), Number(p.IllPosed ? double.NaN : p.TestError), Int(p.Rank),
                    Number(p.Bound), kind, Number(p.FrontierAtZero), p.IllPosed ? "true" : "false")).Append('\n');
        }
        return text.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) =>
        value is double v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
