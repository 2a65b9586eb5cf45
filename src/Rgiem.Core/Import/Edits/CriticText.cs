using System.Globalization;
using System.Text;
using Rgiem.Core.Model;

namespace Rgiem.Core.Import.Edits;

/// <summary>Writes CriticMarkup as <c>rgiem build</c> reads it (docs/record-format.md): attributions, and Word's text escaped as Markdown.</summary>
public static class CriticText
{
    /// <summary>The author <c>rgiem build</c> writes for a change without attribution (Word's own anonymous name): read back as none.</summary>
    public const string AnonymousAuthor = "Author";

    /// <summary><c>@author date: </c>, or an empty string without author or date.</summary>
    public static string Attribution(Attribution attribution)
    {
        string? author = attribution.Author is { Length: > 0 } a && a != AnonymousAuthor ? Clean(a) : null;
        if (author is null && attribution.Date is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("@");
        builder.Append(author ?? AnonymousAuthor);
        if (attribution.Date is { } date)
        {
            builder.Append(' ').Append(date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString(date.Second == 0 ? "yyyy-MM-dd'T'HH:mm'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        return builder.Append(": ").ToString();
    }

    /// <summary>Text from Word as Markdown text: the characters Markdown or CriticMarkup would read as syntax are escaped; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '{' or '}' or '|' or '~' or '^' or '$')
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c is '\n' or '\r' ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An author name as an attribution can hold it (no colon, brace, at sign or line break; at most 64 characters).</summary>
    private static string Clean(string author)
    {
        string cleaned = new([.. author.Select(c => c is ':' or '{' or '}' or '@' or '\n' or '\r' ? ' ' : c)]);
        cleaned = cleaned.Trim();
        return cleaned.Length > 64 ? cleaned[..64].TrimEnd() : cleaned.Length == 0 ? AnonymousAuthor : cleaned;
    }
}
