global using MathNet.Numerics.LinearAlgebra;
global using RobustMem.Checkout;
