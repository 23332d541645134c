namespace RobustMem.Data.Files;

/// <summary>
/// How a file's points become inputs of the harness. IDX bytes are pixels and are divided by 255, as the sharper-laws
/// code does (Bombari, Kiyani &amp; Mondelli 2023): that is their z; a CSV's numbers are z as they stand. Then every point
/// is multiplied by one factor c so that the mean of ‖x‖² over the file is 1, the harness's convention E‖x‖² = 1
/// (THEORY.md §1). One factor for the whole file keeps the data's geometry: only the unit changes, x = c·z, and S in the
/// harness's unit is c⁻¹ times ‖∇_z f‖.
/// </summary>
internal static class FileLawScaling
{
    /// <summary>The divisor of IDX unsigned bytes: pixels 0..255 become 0..1.</summary>
    public const double PixelScale = 255;

    /// <summary>The divisor from stored values to z (255 for IDX bytes, else 1) and the factor c from z to the harness's x.</summary>
    public static (double Divisor, double Factor) Scale(PointFile file)
    {
        double pixel = file.IsBytes ? PixelScale : 1;
        var rows = file.Rows;
        // Summed in the order Enumerable.Average(Sum) summed them before the rows were held as stored: the same factor to the bit.
        double total = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            double square = 0;
            for (int l = 0; l < rows.D; l++) square += rows[i, l] / pixel * (rows[i, l] / pixel);
            total += square;
        }
        double meanSquare = total / rows.Count;
        if (!(meanSquare > 0)) throw new ArgumentException($"{file.Source}: every point is zero; there is no scale to normalise.");
        return (pixel, 1 / Math.Sqrt(meanSquare));
    }
}
