namespace RobustMem.Data.Files;

/// <summary>
/// How a file's points become inputs of the harness. IDX bytes are pixels and are divided by 255, as the sharper-laws
/// code does (Bombari, Kiyani &amp; Mondelli 2023). Then every point is multiplied by one factor c so that the mean of
/// ‖x‖² over the file is 1, the harness's convention E‖x‖² = 1 (THEORY.md §1). One factor for the whole file keeps the
/// data's geometry: only the unit changes, and S in the harness's unit is c⁻¹ times S in the file's unit.
/// </summary>
public static class FileLawScaling
{
    /// <summary>The divisor of IDX unsigned bytes: pixels 0..255 become 0..1.</summary>
    public const double PixelScale = 255;

    /// <summary>The file's points in the harness's unit, and the factor c applied after the pixel scaling.</summary>
    public static (double[][] Points, double Factor) Scale(PointFile file)
    {
        double pixel = file.IsBytes ? PixelScale : 1;
        double meanSquare = file.Points.Average(p => p.Sum(v => v / pixel * (v / pixel)));
        if (!(meanSquare > 0)) throw new ArgumentException($"{file.Source}: every point is zero; there is no scale to normalise.");
        double factor = 1 / Math.Sqrt(meanSquare);
        return (file.Points.Select(p => p.Select(v => v / pixel * factor).ToArray()).ToArray(), factor);
    }
}
