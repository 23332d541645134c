namespace RobustMem;

/// <summary>
/// Instances known by a case-insensitive name, the built-in ones first, then what callers register: the one shape
/// behind <see cref="Models.ModelRegistry"/> and <see cref="Data.InputLawRegistry"/>.
/// </summary>
/// <remarks>Thread-safe: test classes register their extensions while others run in parallel.</remarks>
public sealed class NamedRegistry<T>(string kind, IEnumerable<T> builtIn, Func<T, string> nameOf, string? parameterName = null)
    where T : class
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [.. builtIn];

    /// <summary>Every known instance, the built-in ones first.</summary>
    public IReadOnlyList<T> All
    {
        get { lock (_gate) return [.. _items]; }
    }

    /// <summary>The names, comma-separated, for help texts and error messages.</summary>
    public string Names => string.Join(", ", All.Select(nameOf));

    /// <summary>Adds an instance; the same instance again is a no-op, another one under a taken name is refused.</summary>
    public void Register(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            var taken = _items.FirstOrDefault(i => Matches(i, nameOf(item)));
            if (taken == item) return;
            if (taken is not null) throw new ArgumentException($"a {kind} named '{nameOf(item)}' is already registered.", nameof(item));
            _items.Add(item);
        }
    }

    /// <summary>The instance of that name; the message lists the valid names.</summary>
    public T Parse(string name) =>
        All.FirstOrDefault(i => Matches(i, name))
        ?? throw new ArgumentException($"unknown {kind} '{name}'; expected one of {Names}.", parameterName);

    private bool Matches(T item, string name) => string.Equals(nameOf(item), name, StringComparison.OrdinalIgnoreCase);
}
