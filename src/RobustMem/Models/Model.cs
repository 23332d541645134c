using MathNet.Numerics.LinearAlgebra;
using RobustMem.Activations;
using RobustMem.Claims;
using RobustMem.Data;
using RobustMem.Experiments;
using RobustMem.LinearAlgebra;

namespace RobustMem.Models;

/// <summary>
/// A linearized model of the paper (THEORY.md §1): how it is fitted, its sizes, where its min-norm fit peaks, the
/// constants of its kernel's Taylor expansion and its name. Everything that differs between models lives here, so a new
/// model is one subclass plus <see cref="ModelRegistry.Register"/>, and no caller switches on which model it holds.
/// </summary>
/// <remarks>
/// Members are abstract where a silent default could hand a new model another model's behaviour: a model that has no
/// answer (a kernel without width, a model without leading-order constants) throws a <see cref="NotSupportedException"/>
/// naming itself.
/// </remarks>
public abstract class Model
{
    /// <summary>The name the CLI, the CSV names, plots and failure messages use: rf, ntk, rf-kernel, ntk-kernel.</summary>
    public abstract string Name { get; }

    /// <summary>True for an infinite-width model fitted in the dual (a Gram matrix of n rows) rather than on features.</summary>
    public abstract bool IsKernel { get; }

    /// <summary>True when the regime's K is one of the model's parameters (the width); otherwise K is ignored and not shown.</summary>
    public abstract bool HasWidth { get; }

    /// <summary>The claim of THEORY.md §2 whose bound this model's curves are judged against; the model's bound is the claim's (<see cref="Claim.Bound"/>).</summary>
    public abstract Claim Claim { get; }

    /// <summary>The infinite-width kernel model this finite model tends to as k → ∞, or null where there is none (a kernel,
    /// a model without a width). The sharper laws compare a finite model's sensitivity with its limit's.</summary>
    public virtual Model? InfiniteWidthLimit => null;


    /// <summary>Feature dimension m: the columns of the matrix min-norm is computed on (n for a kernel, its dual dimension).</summary>
    public abstract long FeatureDimension(Regime regime);

    /// <summary>Parameter count p: the coefficients the fit chooses. The feature dimension for every model here.</summary>
    public virtual long ParameterCount(Regime regime) => FeatureDimension(regime);

    /// <summary>Length-d products per evaluated point, for <see cref="Regime.EstimatedWork"/>: k features, or n kernel rows.</summary>
    public abstract double EvaluationWidth(Regime regime);

    /// <summary>Entries of the random weights the model draws (W is k×d), for the memory check of <see cref="Regime.Validate"/>.</summary>
    public abstract double WeightEntries(Regime regime);

    /// <summary>Multiply-adds beyond fitting and evaluating, for <see cref="Regime.EstimatedWork"/> (the exact RF seminorm matrix).</summary>
    public virtual double ExtraWork(Regime regime) => 0;

    /// <summary>Rejects the model's own parameters (the width, an activation without a closed-form kernel) with a clear message.</summary>
    public abstract void Validate(Regime regime);

    /// <summary>Where claim M puts the peaks of the min-norm S(n), ascending; empty for a model that interpolates at every n.</summary>
    public abstract IReadOnlyList<int> InterpolationThresholds(Regime regime);

    /// <summary>κ(0), κ′(0), κ″(0), κ(1) of the model's (limiting) kernel on the unit sphere of R^d (THEORY.md §3, <see cref="LeadingOrder"/>).</summary>
    public abstract (double K0, double K1, double K2, double KOne) KernelTaylor(Activation sigma, int d);

    /// <summary>Fits the model to <paramref name="train"/>, drawing any weights from <paramref name="streams"/> through <paramref name="parts"/>.</summary>
    public abstract FittedExperiment Fit(Regime regime, RandomStreams streams, Dataset train, FitParts parts, ILinearAlgebra la);

    /// <summary>
    /// The sharper laws' probe: ‖∇f(x₀)‖ of the regime's min-norm (or ridge) fit of <paramref name="train"/>, NaN when the fit
    /// is ill-posed. <paramref name="streams"/> are the fit's, so any weights are the ones <see cref="Fit"/> would draw.
    /// </summary>
    /// <remarks>
    /// This base fits as <c>measure</c> does (<see cref="Fit"/>, with <see cref="FitParts.Standard"/>) and differentiates
    /// that fit, so the probe takes the model's one route (issue 19) and a new model gets measure's own number rather than
    /// another model's route. The finite NTK's Fit already chooses its dual; the finite RF overrides this only to tell its
    /// streamed pass's progress to the same route.
    /// </remarks>
    public virtual double Sensitivity(Regime regime, RandomStreams streams, Dataset train, Vector<double> x0, ILinearAlgebra la, IProgress<double>? progress)
    {
        var fitted = Fit(regime, streams, train, FitParts.Standard, la);
        progress?.Report(1);
        return fitted.Report.IllPosed ? double.NaN : Seminorm.Sensitivity.At(fitted.Gradients, x0);
    }

    /// <summary>What <c>measure</c> costs on the route <see cref="Fit"/> takes: its fit, then the train, test and Monte Carlo
    /// points' evaluations (<see cref="Regime.Validate"/> checks it). The dense route's <see cref="Regime.DenseCost"/> unless
    /// the model fits otherwise.</summary>
    public virtual RouteCost MeasureCost(Regime regime, MeasureFields fields) => regime.DenseCostOf(fields);

    /// <summary>What <see cref="Sensitivity"/> costs, for <see cref="Regime.ValidateForSensitivity"/>: measure's cost for the
    /// dense base (<see cref="Regime.DenseCost"/>, which also counts test points the probe does not evaluate, erring on the safe side).</summary>
    public virtual RouteCost SensitivityCost(Regime regime) => regime.DenseCost;

    public override string ToString() => Name;

    /// <summary>Finite random features, claim II.</summary>
    public static readonly Model RandomFeatures = new RandomFeaturesModel();

    /// <summary>Finite first-layer neural tangent features, claim III.</summary>
    public static readonly Model NeuralTangent = new NeuralTangentModel();

    /// <summary>Infinite-width random features kernel, claim I-RF.</summary>
    public static readonly Model RandomFeatureKernel = new RandomFeatureKernelModel();

    /// <summary>Infinite-width neural tangent kernel, claim I-NTK.</summary>
    public static readonly Model NeuralTangentKernel = new NeuralTangentKernelModel();

    /// <summary>The paper's four models, in the order the CLI lists them; extensions are in <see cref="ModelRegistry.All"/>.</summary>
    public static IReadOnlyList<Model> Standard { get; } = [RandomFeatures, NeuralTangent, RandomFeatureKernel, NeuralTangentKernel];

    /// <summary>Looks a model up by name in <see cref="ModelRegistry"/>; the message lists the valid names.</summary>
    public static Model Parse(string name) => ModelRegistry.Parse(name);
}
