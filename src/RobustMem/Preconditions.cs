using MathNet.Numerics.LinearAlgebra;

namespace RobustMem;

/// <summary>Argument checks for every public entry point; messages name the parameter and the value.</summary>
internal static class Preconditions
{
    public static double CheckFinite(double value, string name)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number, got {value}.");
        return value;
    }

    public static double CheckRange(double value, double min, double max, string name)
    {
        CheckFinite(value, name);
        if (value < min || value > max) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}], got {value}.");
        return value;
    }

    public static int CheckRange(int value, int min, int max, string name)
    {
        if (value < min || value > max) throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}], got {value}.");
        return value;
    }

    public static void CheckShape(int actual, int expected, string name)
    {
        if (actual != expected) throw new ArgumentException($"{name} has size {actual}, expected {expected}.", name);
    }

    /// <summary>Rejects a null matrix, and any NaN or infinite entry, naming its (row, column).</summary>
    public static Matrix<double> CheckAllFinite(Matrix<double> matrix, string name)
    {
        ArgumentNullException.ThrowIfNull(matrix, name);
        var storage = matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();
        int rows = matrix.RowCount;
        for (int i = 0; i < storage.Length; i++)
            if (!double.IsFinite(storage[i]))
                throw new ArgumentException($"{name}[{i % rows}, {i / rows}] is {storage[i]}: every entry must be finite.", name);
        return matrix;
    }

    /// <summary>Rejects a null vector, and any NaN or infinite entry.</summary>
    public static Vector<double> CheckAllFinite(Vector<double> vector, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        CheckAllFinite(vector.AsArray() ?? vector.ToArray(), name);
        return vector;
    }

    public static void CheckAllFinite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i])) throw new ArgumentException($"{name}[{i}] is {values[i]}: every entry must be finite.", name);
    }
}
