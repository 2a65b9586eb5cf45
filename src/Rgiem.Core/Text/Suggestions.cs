namespace Rgiem.Core.Text;

/// <summary>"Did you mean" suggestions by edit distance, as compilers offer for misspelt names.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within a distance that scales with the length of the word, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string normalized = Normalize(word);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            string other = Normalize(candidate);
            if (other == normalized)
            {
                return candidate;
            }

            int limit = Math.Max(2, Math.Min(normalized.Length, other.Length) / 3);
            int distance = Distance(normalized, other, limit);
            bool prefix = normalized.Length >= 3 && (other.StartsWith(normalized, StringComparison.Ordinal) || normalized.StartsWith(other, StringComparison.Ordinal));
            if (prefix)
            {
                distance = Math.Min(distance, 1);
            }

            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" Did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } match ? $"; did you mean '{match}'?" : string.Empty;

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit == int.MaxValue ? Math.Abs(a.Length - b.Length) : limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string Normalize(string word) => word.ToLowerInvariant().Replace('_', '-').Replace(" ", "-", StringComparison.Ordinal);
}
