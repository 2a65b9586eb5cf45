using System.Buffers;
using System.Text;

namespace Rgiem.Core.Tests.Performance.Definitions;

/// <summary>The characters the plain YAML reader leaves to YamlDotNet wherever they appear.</summary>
/// <remarks>
/// The set as <c>PlainYamlReader</c> built it before issue 21's load pass (a <see cref="SearchValues{T}"/>; now one
/// search a range, <c>PlainYamlReader.HasUnusual</c>), kept unchanged as the oracle of <c>PlainYamlUnusualEquivalenceTests</c>.
/// </remarks>
internal static class PlainYamlReaderDefinition
{
    /// <summary>Tabs, carriage returns, YAML's other line breaks, byte order marks, non-printable characters.</summary>
    public static readonly SearchValues<char> Unusual = SearchValues.Create(BuildUnusual());

    private static string BuildUnusual()
    {
        var unusual = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
        {
            if (c != '\n')
            {
                unusual.Append(c);
            }
        }

        for (char c = '\u007F'; c <= '\u009F'; c++)
        {
            unusual.Append(c);
        }

        unusual.Append("\u2028\u2029\uFEFF\uFFFE\uFFFF");
        for (char c = '\uD800'; c <= '\uDFFF'; c++)
        {
            unusual.Append(c);
        }

        return unusual.ToString();
    }
}
