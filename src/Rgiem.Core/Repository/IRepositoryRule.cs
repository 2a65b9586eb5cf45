using Rgiem.Core.Diagnostics;

namespace Rgiem.Core.Repository;

/// <summary>
/// A check over the records of a project, run after every record was checked on its own (docfx's post-build
/// phase): what no single record can tell, such as two records with one document number.
/// </summary>
public interface IRepositoryRule
{
    IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    void Analyze(RepositoryContext context);
}
