namespace Rgiem.Docx.Tests.Properties;

/// <summary>A piece of generated Markdown and the words of it that a reader must find in the document.</summary>
public sealed record Fragment(string Markdown, IReadOnlyList<string> Words)
{
    public static Fragment Join(string separator, IEnumerable<Fragment> parts)
    {
        var list = parts.ToList();
        return new Fragment(string.Join(separator, list.Select(p => p.Markdown)), list.SelectMany(p => p.Words).ToList());
    }
}
