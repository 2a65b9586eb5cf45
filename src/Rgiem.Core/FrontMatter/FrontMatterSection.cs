namespace Rgiem.Core.FrontMatter;

/// <summary>
/// A record split in two. <see cref="Yaml"/> holds the lines between the <c>---</c> fences; its first line
/// is file line <see cref="YamlFirstLine"/>. <see cref="Body"/> is the whole file with the front matter
/// blanked out (every character but line ends turned into a space), so Markdown positions are file positions.
/// </summary>
public sealed record FrontMatterSection(string Yaml, int YamlFirstLine, int ClosingLine, string Body);
