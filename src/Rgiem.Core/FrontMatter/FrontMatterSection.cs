namespace Rgiem.Core.FrontMatter;

/// <summary>
/// A record split in two. <see cref="Yaml"/> holds the lines between the <c>---</c> fences; its first line
/// is file line <see cref="YamlFirstLine"/>, and the closing fence is line <see cref="ClosingLine"/> (zero-based).
/// The body is the rest of the file's text, from the offset <see cref="BodyStart"/> (the start of the line after the
/// closing fence, or the text's length when there is none): Markdig reads it inside the file's text
/// (<see cref="Markdown.MarkdownParser.ParseRecord"/>), so Markdown positions are file positions.
/// </summary>
public sealed record FrontMatterSection(string Yaml, int YamlFirstLine, int ClosingLine, int BodyStart);
