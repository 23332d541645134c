using RobustMem.LinearAlgebra;

namespace RobustMem.Tests.LinearAlgebra;

/// <summary>The contract on OpenBLAS; skipped (not passed) where the library is missing, and failed instead when CI=true.</summary>
public sealed class NativeLinearAlgebraTests : LinearAlgebraContract
{
    protected override ILinearAlgebra La => NativeBackend.Required();
}
