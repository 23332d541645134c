namespace RobustMem.Schema;

/// <summary>What a <see cref="MeasuredColumn"/> holds, which fixes how every format spells it.</summary>
internal enum ColumnKind
{
    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A double; NaN (ill-posed) is an empty CSV cell and a JSON null, so it is never written as a number (THEORY.md §1).</summary>
    Number,

    /// <summary>A double that may be absent (null, e.g. no closed-form C); written like <see cref="Number"/>, read back as null when empty.</summary>
    OptionalNumber,

    /// <summary>true or false.</summary>
    Flag,
}
