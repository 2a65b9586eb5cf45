using System.Text;

namespace Rgiem.Cli.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader for the tests: every record ends with CRLF; a field is unquoted (no comma, quote,
/// CR or LF in it) or quoted, with quotes inside doubled. Anything else is a <see cref="FormatException"/>.
/// </summary>
public static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        bool pending = false;
        while (i < text.Length)
        {
            pending = true;
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at offset {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                records.Add([.. fields]);
                fields.Clear();
                pending = false;
                i += 2;
                continue;
            }

            throw new FormatException($"Expected ',' or CRLF at offset {i}.");
        }

        if (pending)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }
}
