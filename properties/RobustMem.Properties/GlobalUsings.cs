global using FsCheck;
global using FsCheck.Fluent;
global using RobustMem.Claims;
global using RobustMem.Experiments;
global using RobustMem.Properties.Infrastructure;
global using RobustMem.Properties.Regimes;
global using RobustMem.Properties.Cases;
