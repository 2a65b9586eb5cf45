namespace Rgiem.Core.Diagnostics;

/// <summary>
/// Collects the diagnostics of one stage for one record. Stages add to a bag and never throw for
/// user mistakes. A bag keeps at most <see cref="Limit"/> entries and then adds one RG0009.
/// </summary>
public sealed class DiagnosticBag
{
    public const int Limit = 500;

    private readonly List<Diagnostic> items = [];
    private bool truncated;

    public int Count => items.Count;

    public bool HasErrors => items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public void Add(Diagnostic diagnostic)
    {
        if (items.Count < Limit)
        {
            items.Add(diagnostic);
        }
        else if (!truncated)
        {
            truncated = true;
            items.Add(Diagnostic.Create(LoadDescriptors.TooManyDiagnostics, SourceLocation.FileOnly(diagnostic.Location.Path), Limit));
        }
    }

    public void Add(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Add(Diagnostic.Create(descriptor, location, args));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public IReadOnlyList<Diagnostic> ToList() => [.. items];
}
