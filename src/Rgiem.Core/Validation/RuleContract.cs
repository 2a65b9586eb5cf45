using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Validation;

/// <summary>
/// What the rule being run declared it reports (<c>SupportedDiagnostics</c>). Reporting another ID is a bug of the
/// rule, as it is for a Roslyn analyzer: in a debug build (the tests) it throws <see cref="RuleContractException"/>;
/// a release build reports the diagnostic anyway, since the user's record is not at fault.
/// </summary>
public sealed class RuleContract
{
    private readonly HashSet<string> ids;

    private RuleContract(string rule, HashSet<string> ids)
    {
        Rule = rule;
        this.ids = ids;
    }

    /// <summary>The rule's class name, for the message.</summary>
    public string Rule { get; }

    /// <summary>
    /// The contract of <paramref name="rule"/>, made once per rule and list of <paramref name="supported"/> IDs and kept
    /// (rules are built once and run on every record; a rule whose list changes gets a new contract).
    /// </summary>
    public static RuleContract Of(object rule, IReadOnlyList<DiagnosticDescriptor> supported)
    {
        if (Made.TryGetValue(rule, out var made) && ReferenceEquals(made.Supported, supported))
        {
            return made.Contract;
        }

        var contract = new RuleContract(rule.GetType().Name, supported.Select(d => d.Id).ToHashSet(StringComparer.Ordinal));
        Made.AddOrUpdate(rule, new Entry(supported, contract));
        return contract;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, Entry> Made = [];

    private sealed record Entry(IReadOnlyList<DiagnosticDescriptor> Supported, RuleContract Contract);

    /// <summary>Whether the rule declared <paramref name="id"/>.</summary>
    public bool Allows(string id) => ids.Contains(id);

    /// <summary>Fails (debug builds) when the rule reports an ID it did not declare.</summary>
    public void Check(DiagnosticDescriptor descriptor)
    {
        if (!Allows(descriptor.Id))
        {
            Violated(descriptor);
        }
    }

    [System.Diagnostics.Conditional("DEBUG")]
    private void Violated(DiagnosticDescriptor descriptor) =>
        throw new RuleContractException($"{Rule} reported {descriptor.Id}, which is not in its SupportedDiagnostics ({string.Join(", ", ids.Order(StringComparer.Ordinal))}); declare it there");
}
