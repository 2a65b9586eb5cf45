using System.Globalization;

namespace Rgiem.Core.References;

/// <summary>
/// A rapporteur-group meeting document, <c>DOC5 (230131)</c>: document 5 of the meeting held on
/// 31 January 2023 (YYMMDD). The date is part of the identity: each meeting numbers its documents from 1.
/// </summary>
/// <param name="Number">The document number within the meeting.</param>
/// <param name="DateText">The digits written between the brackets.</param>
public sealed record MeetingDocumentNumber(int Number, string DateText)
{
    /// <summary>The meeting date, or null when <see cref="DateText"/> is not a real YYMMDD date.</summary>
    public DateOnly? Date => ParseDate(DateText);

    /// <summary>The canonical form: <c>DOC5 (230131)</c>.</summary>
    public string Canonical => string.Create(CultureInfo.InvariantCulture, $"DOC{Number} ({DateText})");

    public override string ToString() => Canonical;

    /// <summary>A YYMMDD date of the years 2000 to 2099, or null.</summary>
    public static DateOnly? ParseDate(string text)
    {
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            return null;
        }

        int year = 2000 + int.Parse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int month = int.Parse(text.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        int day = int.Parse(text.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }
}
