using RobustMem.LinearAlgebra;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>The contract on MathNet's managed algorithms.</summary>
public sealed class ManagedLinearAlgebraTests : LinearAlgebraContract
{
    protected override ILinearAlgebra La => ManagedLinearAlgebra.Instance;
}
