global using MathNet.Numerics.LinearAlgebra;
