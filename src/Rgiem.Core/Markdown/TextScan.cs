namespace Rgiem.Core.Markdown;

/// <summary>
/// What <see cref="MarkdownParser.Scan"/> finds in a Markdown text before Markdig sees it: the first line nested too
/// deeply (then nothing else was looked at), else the first run of lines too long, and the extensions the text may need.
/// </summary>
/// <param name="TooDeepLine">The zero-based line of the first line nested too deeply, or null.</param>
/// <param name="TooLong">The first run of non-blank lines longer than <see cref="MarkdownParser.MaxBlockChars"/>: its zero-based line and its length; or null.</param>
/// <param name="Features">The extensions whose syntax the text may hold (None when <paramref name="TooDeepLine"/> is set).</param>
internal readonly record struct TextScan(int? TooDeepLine, (int Line, int Length)? TooLong, MarkdownFeatures Features);
