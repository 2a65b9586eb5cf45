using Rgiem.Core.Text;

namespace Rgiem.Core.Validation;

/// <summary>The date a time written in prose belongs to: "11 February 2025, 1300-1500 CET", "Tuesday 13 Dec (1615-1740 hours)".</summary>
public static class NearbyDate
{
    /// <summary>How far (in characters) a date may be from its time.</summary>
    private const int Nearby = 60;

    /// <summary>The date closest to the time in the same sentence, preferring one written before it.</summary>
    public static DateMention? Of(LocatedTime time)
    {
        var mention = time.Mention;
        int end = mention.ZoneIndex >= 0 ? mention.ZoneIndex + mention.Zone!.Length : mention.Index + mention.Length;
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var date in time.Dates)
        {
            bool before = date.End <= mention.Index;
            if (!before && date.Index < end)
            {
                continue;
            }

            // A date after the time counts one character further, so that one before it wins a tie.
            int distance = before ? mention.Index - date.End : date.Index - end + 1;
            if (distance > Nearby || distance >= bestDistance)
            {
                continue;
            }

            bool sameSentence = before ? Sentences.Same(time.Text, date.End, mention.Index) : Sentences.Same(time.Text, end, date.Index);
            if (sameSentence)
            {
                best = date;
                bestDistance = distance;
            }
        }

        return best;
    }
}
