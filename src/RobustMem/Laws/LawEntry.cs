using RobustMem.Models;

namespace RobustMem.Laws;

/// <summary>
/// What <c>robustmem laws</c> does with one law on one model class: check it on a representative regime
/// (<see cref="LawRegime"/>) or say why it does not apply (<see cref="LawNotApplicable"/>).
/// </summary>
public abstract record LawEntry(Law Law, Model Model);
