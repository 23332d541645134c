using RobustMem.Models;

namespace RobustMem.Laws;

/// <summary>A law that says nothing about a model class, and why (e.g. the universal law's p for a kernel).</summary>
internal sealed record LawNotApplicable(Law Law, Model Model, string Why) : LawEntry(Law, Model);
