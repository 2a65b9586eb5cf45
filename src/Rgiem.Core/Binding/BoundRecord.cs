using Rgiem.Core.FrontMatter;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Binding;

/// <summary>
/// A record after binding: the model, where its front matter values were written, its source, and the
/// validated front matter values (after project defaults), for rules that need the YAML nodes.
/// </summary>
public sealed record BoundRecord(MeetingRecord Record, SourceMap Map, SourceText Source, FrontMatterSection Section, ObjectValue Values)
{
    /// <summary>The files its <c>```{include}</c> directives brought in, in the order first included.</summary>
    public IReadOnlyList<SourceText> Includes { get; init; } = [];

    /// <summary>The text of <paramref name="path"/> (a display path): the record's own or an included file's; null for any other.</summary>
    public SourceText? SourceOf(string path) =>
        string.Equals(path, Source.Path, StringComparison.Ordinal)
            ? Source
            : Includes.FirstOrDefault(s => string.Equals(s.Path, path, StringComparison.Ordinal));
}
