namespace Rgiem.Core.Model;

/// <summary>
/// Who made a tracked change or a comment, and when: written <c>@author date:</c> after the opening delimiter of the
/// CriticMarkup. Both are optional; the date is a UTC time (midnight when only a day is written), never the clock's.
/// </summary>
public sealed record Attribution(string? Author, DateTime? Date)
{
    public static Attribution None { get; } = new(null, null);
}
