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

        // In file order (a stable sort); most records have no time, or one, and the front matter's come before the prose's.
        return times.Count <= 1 ? times : InFileOrder(times);
    }

    /// <summary>
    /// <paramref name="times"/> ordered by where each starts, times at the same place in the order given (what
    /// <c>OrderBy</c> of that key gave): the list itself when it is in that order already, the usual case.
    /// </summary>
    private static List<LocatedTime> InFileOrder(List<LocatedTime> times)
    {
        var keys = new (LinePosition Start, int Order)[times.Count];
        bool sorted = true;
        for (int i = 0; i < keys.Length; i++)
        {
            var time = times[i];
            keys[i] = (time.Locate(time.Mention.Index, 0).Start, i);
            sorted = sorted && (i == 0 || keys[i - 1].Start.CompareTo(keys[i].Start) <= 0);
        }

        if (sorted)
        {
            return times;
        }

        Array.Sort(keys, static (x, y) => x.Start.CompareTo(y.Start) is int byStart and not 0 ? byStart : x.Order.CompareTo(y.Order));
        var ordered = new List<LocatedTime>(keys.Length);
        foreach (var (_, order) in keys)
        {
            ordered.Add(times[order]);
        }

        return ordered;
    }
}
