namespace Rgiem.Core.Markdown;

/// <summary>
/// The extensions of <see cref="MarkdownParser"/>'s pipeline that a text may need. Each is left out of the pipeline
/// when the text holds none of the characters its parsers start with (<see cref="MarkdownParser.FeaturesOf"/>): a parser
/// that can never match changes nothing in the tree, but Markdig calls it at each of its opening characters (the autolink
/// parser at every 'h', 'f', 'm', 't' and 'w').
/// </summary>
[Flags]
internal enum MarkdownFeatures
{
    None = 0,

    /// <summary>Pipe tables: the text holds a '|'.</summary>
    PipeTables = 1,

    /// <summary>Bare URLs (<c>https://</c>, <c>www.</c>, <c>mailto:</c>, <c>tel:</c>): the text holds <c>://</c>, <c>www.</c>, <c>mailto:</c> or <c>tel:</c>, in any case.</summary>
    AutoLinks = 2,

    /// <summary>Footnotes (<c>[^label]</c>, <c>[^label]:</c>) and pandoc's inline notes (<c>^[text]</c>): the text holds <c>[^</c> or <c>^[</c>.</summary>
    Footnotes = 4,

    /// <summary>Grid tables: the text holds a '+' followed by '+', '-', '=' or ':' (the start of every border line).</summary>
    GridTables = 8,

    /// <summary>CriticMarkup: the text holds '{', '}' or <c>~&gt;</c> (every delimiter holds one of them).</summary>
    CriticMarkup = 16,

    All = PipeTables | AutoLinks | Footnotes | GridTables | CriticMarkup,
}
