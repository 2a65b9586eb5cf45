namespace Rgiem.Core.Text;

/// <summary>
/// A small RFC 4180 reader that keeps the position of every field: fields separated by commas (or by
/// semicolons when the first line has semicolons and no comma, as spreadsheets write them in many
/// locales), quoted with double quotes, <c>""</c> for a quote inside a quoted field, line breaks allowed
/// inside quotes. Blank lines are skipped. It never throws; the first syntax error stops reading.
/// </summary>
public static class CsvParser
{
    /// <summary>One field: its value (unquoted; unquoted fields trimmed) and where it starts in the file.</summary>
    public sealed record Field(string Value, LinePosition Start, int Length);

    /// <summary>The rows read, and the first syntax error (message and position) or null.</summary>
    public sealed record Result(IReadOnlyList<IReadOnlyList<Field>> Rows, string? Error, LinePosition ErrorAt);

    public static Result Parse(SourceText source)
    {
        string text = source.Text;
        int firstLineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        string firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        char separator = !firstLine.Contains(',', StringComparison.Ordinal) && firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';

        var rows = new List<IReadOnlyList<Field>>();
        var row = new List<Field>();
        int i = 0;
        while (i <= text.Length)
        {
            int fieldStart = i;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var builder = new System.Text.StringBuilder();
                int j = i + 1;
                while (true)
                {
                    if (j >= text.Length)
                    {
                        return new Result(rows, "a quoted field is not closed; add the closing '\"'", source.GetPosition(fieldStart));
                    }

                    if (text[j] == '"')
                    {
                        if (j + 1 < text.Length && text[j + 1] == '"')
                        {
                            builder.Append('"');
                            j += 2;
                            continue;
                        }

                        j++;
                        break;
                    }

                    builder.Append(text[j]);
                    j++;
                }

                while (j < text.Length && text[j] is ' ' or '\t')
                {
                    j++;
                }

                if (j < text.Length && text[j] != separator && text[j] != '\n')
                {
                    return new Result(rows, $"unexpected '{text[j]}' after a closing quote; quote the whole field, writing \"\" for a quote inside it", source.GetPosition(j));
                }

                value = builder.ToString();
                row.Add(new Field(value, source.GetPosition(fieldStart + 1), j - fieldStart));
                i = j;
            }
            else
            {
                int j = i;
                while (j < text.Length && text[j] != separator && text[j] != '\n')
                {
                    j++;
                }

                string raw = text[i..j];
                int lead = raw.Length - raw.TrimStart().Length;
                value = raw.Trim();
                row.Add(new Field(value, source.GetPosition(i + lead), value.Length));
                i = j;
            }

            if (i < text.Length && text[i] == separator)
            {
                i++;
                continue;
            }

            // End of a line or of the text: close the row unless the line was blank.
            if (row.Count > 1 || row[0].Length > 0)
            {
                rows.Add(row);
            }

            row = [];
            if (i >= text.Length)
            {
                break;
            }

            i++;
            if (i == text.Length)
            {
                break;
            }
        }

        return new Result(rows, null, default);
    }
}
