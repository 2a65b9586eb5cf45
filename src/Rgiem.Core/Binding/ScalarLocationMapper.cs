using Rgiem.Core.Diagnostics;
using Rgiem.Core.Text;
using Rgiem.Core.Yaml;

namespace Rgiem.Core.Binding;

/// <summary>
/// Maps positions in Markdown read from a YAML scalar (the <c>action</c> field) back into the file:
/// block scalars (<c>|</c>, <c>&gt;</c>) start on the line after the indicator at the line's indentation;
/// quoted and plain scalars start at the value.
/// </summary>
internal static class ScalarLocationMapper
{
    public static LocationMapper Create(SourceText? source, string path, YamlScalar node)
    {
        int startLine = node.Start.Line;
        int startColumn = node.Start.Character;
        string line = source?.GetLineText(startLine) ?? string.Empty;
        char indicator = startColumn < line.Length ? line[startColumn] : ' ';
        if (indicator is '|' or '>')
        {
            return (l, c, length) =>
            {
                int fileLine = startLine + 1 + l;
                string text = source?.GetLineText(fileLine) ?? string.Empty;
                int indent = text.Length - text.TrimStart(' ').Length;
                return SourceLocation.At(path, fileLine, indent + c, length);
            };
        }

        int quote = indicator is '"' or '\'' ? 1 : 0;
        return (l, c, length) => l == 0
            ? SourceLocation.At(path, startLine, startColumn + quote + c, length)
            : SourceLocation.At(path, startLine + l, c, length);
    }
}
