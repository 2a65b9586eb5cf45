using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>Every time of day written in a record, front matter sessions and prose alike, in file order.</summary>
public static class RecordTimes
{
    public static IReadOnlyList<LocatedTime> Collect(RecordContext context)
    {
        var times = new List<LocatedTime>();
        foreach (var entry in FrontMatterSessions.Entries(context))
        {
            if (entry.Session.Time is not { } time)
            {
                continue;
            }

            var locate = FrontMatterSessions.ScalarLocator(context, entry.TimePath, time);
            foreach (var mention in TimeMentions.FindInTimeField(time))
            {
                times.Add(new LocatedTime(mention, locate, time, [], entry.Session.Date));
            }
        }

        foreach (var segment in context.Prose)
        {
            // A time starts at a digit no letter, digit or separator binds, in a run of four digits or of one or two
            // before a colon (ProseTokens.FirstTimeStart): most prose has none.
            int first = segment.Tokens.FirstTimeStart;
            if (first < 0)
            {
                continue;
            }

            var dates = context.DatesIn(segment);
            foreach (var mention in TimeMentions.Find(segment.Text, dates, first))
            {
                times.Add(new LocatedTime(mention, segment.Locate, segment.Text, dates, null));
            }
        }

        // In file order (a stable sort); most records have no time, or one.
        return times.Count <= 1 ? times : [.. times.OrderBy(t => t.Locate(t.Mention.Index, 0).Start)];
    }
}
