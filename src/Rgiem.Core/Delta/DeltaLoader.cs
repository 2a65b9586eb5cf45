using Rgiem.Core.Binding;
using Rgiem.Core.Diagnostics;
using Rgiem.Core.Loading;
using Rgiem.Core.Markdown;
using Rgiem.Core.Model;
using Rgiem.Core.Text;

namespace Rgiem.Core.Delta;

/// <summary>
/// Binds the two sides of a delta (stages 1 to 4 only: a delta shows changes, it does not check them; run
/// <c>rgiem check</c> for that). A text with front matter is bound as a record with the project's defaults;
/// any other Markdown, and an empty file, is bound as a body without a cover. Every error of those stages —
/// broken front matter, a required field missing, Markdown nested too deeply (RG2001), a paragraph too long
/// (RG2012), an include that cannot be read — is reported and the version is refused (null): a text that
/// <c>rgiem build</c> would refuse is never shown as a delta with parts of it missing.
/// </summary>
public static class DeltaLoader
{
    /// <summary>Decodes and binds bytes (a file's, or a file's at a git revision). Null when they cannot be read; the reason is in <paramref name="diagnostics"/>.</summary>
    public static DeltaVersion? Load(ReadOnlySpan<byte> bytes, string displayPath, ProjectDefaults? defaults, IncludeResolver? includes, DiagnosticBag diagnostics)
    {
        var load = SourceLoader.Decode(bytes, displayPath);
        diagnostics.AddRange(load.Diagnostics);
        return load.Source is { } source ? Bind(source, defaults, includes, diagnostics) : null;
    }

    public static DeltaVersion? Bind(SourceText source, ProjectDefaults? defaults, IncludeResolver? includes, DiagnosticBag diagnostics)
    {
        if (source.Text.Trim().Length == 0)
        {
            return new DeltaVersion(new MeetingRecord(source.Path, new RecordMetadata(), []), IsRecord: false, source.Text);
        }

        // The checks of a record do not apply to a delta: only problems that stop binding are reported.
        var binding = new DiagnosticBag();
        if (source.Text.StartsWith("---", StringComparison.Ordinal))
        {
            var bound = RecordBinder.Bind(source, defaults, binding, includes);
            if (Refused(binding, diagnostics) || bound is null)
            {
                return null;
            }

            return new DeltaVersion(bound.Record, IsRecord: true, source.Text);
        }

        IReadOnlyList<Block> body = [];
        if (MarkdownParser.Parse(source.Text, source.Path, binding) is { } document)
        {
            LocationMapper map = (line, column, length) => SourceLocation.At(source.Path, line, column, length);
            SpanMapper spans = (start, end) => SourceLocation.FromOffsets(source, start, end + 1);
            body = new BodyBinder(map, null, binding, spans, includes).Bind(document);
        }

        if (Refused(binding, diagnostics))
        {
            return null;
        }

        return new DeltaVersion(new MeetingRecord(source.Path, new RecordMetadata(), body), IsRecord: false, source.Text);
    }

    /// <summary>Copies the errors of <paramref name="binding"/> to <paramref name="diagnostics"/>; true when there was one.</summary>
    private static bool Refused(DiagnosticBag binding, DiagnosticBag diagnostics)
    {
        var errors = binding.ToList().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        diagnostics.AddRange(errors);
        return errors.Count > 0;
    }
}
