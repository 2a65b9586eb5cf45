using Rgiem.Core.FrontMatter;
using Rgiem.Core.Text;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>
/// The body Markdig was given before issue 21's loading pass: the record's whole text with the front matter blanked (every
/// character before the body but the line ends turned into a space), so that Markdown positions were file positions.
/// </summary>
/// <remarks>
/// <c>FrontMatterSplitter.Blank</c> as it was (now Markdig reads the record's own text and passes over the front matter,
/// <c>MarkdownParser.ParseRecord</c>), kept unchanged as the oracle of <c>FrontMatterSkipEquivalenceTests</c>.
/// </remarks>
internal static class FrontMatterBlankingDefinition
{
    /// <summary>The blanked body of <paramref name="source"/>, or null when it has no closed front matter.</summary>
    public static string? Body(SourceText source) =>
        FrontMatterSplitter.Split(source, out _) is { } section ? Blank(source.Text, section.BodyStart) : null;

    public static string Blank(string text, int bodyStart) =>
        string.Create(text.Length, (text, bodyStart), static (span, state) =>
        {
            var (source, start) = state;
            for (int i = 0; i < start; i++)
            {
                span[i] = source[i] == '\n' ? '\n' : ' ';
            }

            source.AsSpan(start).CopyTo(span[start..]);
        });
}
