using Rgiem.Core.References;

namespace Rgiem.Core.Validation;

/// <summary>What the rules need besides the record.</summary>
/// <param name="Final">Submission mode (<c>--final</c>): readiness warnings become errors, a document number is required.</param>
public sealed record CheckOptions(bool Final = false)
{
    public static CheckOptions Default { get; } = new();

    /// <summary>The project's document registry (documents.yaml / documents.csv), null when the project has none.</summary>
    public DocumentRegistry? Registry { get; init; }
}
