using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>
/// A time found in a record, with what the rules need around it: the text it was found in, the dates of
/// that text, and for a front matter session its date.
/// </summary>
public sealed record LocatedTime(TimeMention Mention, TextLocator Locate, string Text, IReadOnlyList<DateMention> Dates, DateOnly? SessionDate);
